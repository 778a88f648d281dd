import type { EventFilter } from "./EventFilter.js";
import { humanizeEnum } from "./statsLabels.js";

/** Names of the records a filter points to by slug. */
export interface FilterNames {
  actor: (slug: string) => string | undefined;
  theme: (slug: string) => string | undefined;
  period: (slug: string) => string | undefined;
  reference: (slug: string) => string | undefined;
}

/**
 * A filter in words, for a citation or a caption: "events from 2014 to 2022; actors: Russia,
 * NATO". Each field in the order of EventFilter; slugs by their records' names.
 */
export function describeEventFilter(filter: EventFilter, names: FilterNames): string {
  const parts: string[] = [];
  const { from, to } = filter;
  if (from && to) parts.push(from === to ? `events of ${from}` : `events from ${from} to ${to}`);
  else if (from) parts.push(`events from ${from}`);
  else if (to) parts.push(`events up to ${to}`);
  else parts.push("all events");
  const list = (
    label: string,
    values: readonly string[] | null | undefined,
    name: (v: string) => string,
  ) => {
    if (values?.length) parts.push(`${label}: ${values.map(name).join(", ")}`);
  };
  const lower = (value: string) => humanizeEnum(value).toLowerCase();
  list("kinds", filter.kinds, lower);
  list("relations", filter.relations, lower);
  list("actors", filter.actors, (slug) => names.actor(slug) ?? slug);
  list("themes", filter.themes, (slug) => names.theme(slug) ?? slug);
  list("periods", filter.periods, (slug) => names.period(slug) ?? slug);
  list("countries", filter.countries, (code) => code);
  list("verification", filter.verification, lower);
  if (filter.reference)
    parts.push(`citing ${names.reference(filter.reference) ?? filter.reference}`);
  list("attested by", filter.sources, (slug) => names.reference(slug) ?? slug);
  const roles = filter.documentRoles ?? [];
  if (roles.length === 1 && roles[0] === "PRIMARY") parts.push("as the article tells them");
  else if (roles.length === 1 && roles[0] === "RECORD") parts.push("as the record tells them");
  if (filter.text) parts.push(`matching "${filter.text}"`);
  return parts.join("; ");
}
