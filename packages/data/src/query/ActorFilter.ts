import type { ActorKind, VerificationStatus } from "../schema/index.js";
import type { EventFilter } from "./EventFilter.js";

/**
 * Which actors to return. Within a list any value matches (OR); across fields all must match
 * (AND). `text` is searched as `search` does (case and accents folded, every word must occur),
 * and then orders the actors by relevance.
 */
export interface ActorFilter {
  kinds?: readonly ActorKind[] | null;
  /** ISO 3166-1 alpha-2 codes; actors whose `isoCode` is one of them (states only carry one). */
  countries?: readonly string[] | null;
  /** Outcomes of the actor's check against the public record (`verification.status`). */
  verification?: readonly VerificationStatus[] | null;
  /** Slug of a reference the actor cites, in `sources[].references` or `verification.references`. */
  reference?: string | null;
  /** Actors taking part in at least one event this filter matches (periods, themes, dates…). */
  events?: EventFilter | null;
  text?: string | null;
}
