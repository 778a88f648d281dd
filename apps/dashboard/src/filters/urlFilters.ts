// The event filters as they live in the URL (?from=2014&to=2022&kind=ANNEXATION&actor=russia),
// so a filtered view can be shared and the back button steps through earlier filters.
import type { EventFilter, EventKind, Relation } from "@nato-russia/client";

export interface Filters {
  /** YYYY, YYYY-MM or YYYY-MM-DD, passed to the API as typed: it names a bad date. */
  from?: string;
  to?: string;
  kinds: EventKind[];
  relations: Relation[];
  actors: string[];
  themes: string[];
  periods: string[];
}

export const NO_FILTERS: Filters = {
  kinds: [],
  relations: [],
  actors: [],
  themes: [],
  periods: [],
};

/** URL parameter of each list filter; repeated for several values. */
const LIST_PARAMS = {
  kinds: "kind",
  relations: "relation",
  actors: "actor",
  themes: "theme",
  periods: "period",
} as const;

type ListKey = keyof typeof LIST_PARAMS;
const LIST_KEYS = Object.keys(LIST_PARAMS) as ListKey[];

export function filtersFromParams(params: URLSearchParams): Filters {
  // Unknown values are kept: the API answers them with an error that the page shows.
  const list = (key: ListKey) => params.getAll(LIST_PARAMS[key]).filter(Boolean);
  const filters: Filters = {
    kinds: list("kinds") as EventKind[],
    relations: list("relations") as Relation[],
    actors: list("actors"),
    themes: list("themes"),
    periods: list("periods"),
  };
  const from = params.get("from")?.trim();
  const to = params.get("to")?.trim();
  if (from) filters.from = from;
  if (to) filters.to = to;
  return filters;
}

/** Writes the filters into `params`, keeping its other parameters (view options). */
export function paramsWithFilters(params: URLSearchParams, filters: Filters): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const key of ["from", "to", ...Object.values(LIST_PARAMS)]) next.delete(key);
  if (filters.from) next.set("from", filters.from);
  if (filters.to) next.set("to", filters.to);
  for (const key of LIST_KEYS)
    for (const value of filters[key]) next.append(LIST_PARAMS[key], value);
  return next;
}

/** The filters as the API's EventFilter; empty lists are left out. */
export function toEventFilter(filters: Filters): EventFilter {
  const filter: EventFilter = {};
  if (filters.from) filter.from = filters.from;
  if (filters.to) filter.to = filters.to;
  if (filters.kinds.length) filter.kinds = filters.kinds;
  if (filters.relations.length) filter.relations = filters.relations;
  if (filters.actors.length) filter.actors = filters.actors;
  if (filters.themes.length) filter.themes = filters.themes;
  if (filters.periods.length) filter.periods = filters.periods;
  return filter;
}

export function hasFilters(filters: Filters): boolean {
  return Boolean(filters.from || filters.to) || LIST_KEYS.some((key) => filters[key].length > 0);
}

/** A link to the timeline with some filters, e.g. `timelineLink({ themes: ["sanctions"] })`. */
export function timelineLink(partial: Partial<Filters>): string {
  const search = paramsWithFilters(new URLSearchParams(), { ...NO_FILTERS, ...partial }).toString();
  return search ? `/?${search}` : "/";
}
