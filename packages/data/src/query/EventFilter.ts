import type { EventKind, ReferenceRole, Relation, VerificationStatus } from "../schema/index.js";

/**
 * Which events to return. Within a list any value matches (OR); across fields all must match
 * (AND). `from`/`to` are partial ISO dates; an event matches when its span overlaps the range.
 */
export interface EventFilter {
  from?: string | null;
  to?: string | null;
  kinds?: readonly EventKind[] | null;
  relations?: readonly Relation[] | null;
  actors?: readonly string[] | null;
  themes?: readonly string[] | null;
  periods?: readonly string[] | null;
  /** ISO 3166-1 alpha-2 codes of states party to the event (its `countries`). */
  countries?: readonly string[] | null;
  /** Outcomes of the event's check against the public record (`verification.status`). */
  verification?: readonly VerificationStatus[] | null;
  /** Slug of a reference the event cites, in `sources[].references` or `verification.references`. */
  reference?: string | null;
  /**
   * Slugs of documents (the article, or documents of the record) that attest the event through a
   * passage in its `sources`: `[ARTICLE]` gives the article's view.
   */
  sources?: readonly string[] | null;
  /**
   * Roles of the documents that attest the event: `["PRIMARY"]` is the article's view,
   * `["RECORD"]` the record's (events any document of the record attests).
   */
  documentRoles?: readonly ReferenceRole[] | null;
  text?: string | null;
}

/** The orders of an event list, each with what it means. */
export const EVENT_ORDERS = {
  DATE_ASC: "Earliest first (by start, then end, then slug).",
  DATE_DESC: "Latest first.",
} as const;
export type EventOrder = keyof typeof EVENT_ORDERS;
