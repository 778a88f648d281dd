import type { Actor, Event, Passage, Period, Position, Reference, Theme } from "./schema/index.js";

/** The dataset's collections, in the order they are listed everywhere. */
export const ENTITY_NAMES = [
  "events",
  "actors",
  "references",
  "passages",
  "periods",
  "themes",
  "positions",
] as const;
export type EntityName = (typeof ENTITY_NAMES)[number];

/** The dataset's records, one array per entity. */
export interface DatasetRecords {
  events: readonly Event[];
  actors: readonly Actor[];
  references: readonly Reference[];
  passages: readonly Passage[];
  periods: readonly Period[];
  themes: readonly Theme[];
  positions: readonly Position[];
}
