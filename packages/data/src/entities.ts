import type { z } from "zod";
import { Actor, Event, Passage, Period, Position, Reference, Theme } from "./schema/index.js";

/**
 * Every entity of the dataset, in the order it is listed everywhere: its file under data/, the
 * zod schema of its records, its label in messages, and the GraphQL type its records have.
 */
export const ENTITIES = {
  events: { file: "events.json", schema: Event, label: "event", typeName: "Event" },
  actors: { file: "actors.json", schema: Actor, label: "actor", typeName: "Actor" },
  references: {
    file: "references.json",
    schema: Reference,
    label: "reference",
    typeName: "Reference",
  },
  passages: { file: "passages.json", schema: Passage, label: "passage", typeName: "Passage" },
  periods: { file: "periods.json", schema: Period, label: "period", typeName: "Period" },
  themes: { file: "themes.json", schema: Theme, label: "theme", typeName: "Theme" },
  positions: { file: "positions.json", schema: Position, label: "position", typeName: "Position" },
} as const satisfies Record<
  string,
  { file: string; schema: z.ZodType; label: string; typeName: string }
>;

/** The dataset's collections. */
export type EntityName = keyof typeof ENTITIES;
export const ENTITY_NAMES = Object.keys(ENTITIES) as readonly EntityName[];

/** The GraphQL type of a record: Event, Actor, Reference, Passage, Period, Theme or Position. */
export type EntityTypeName = (typeof ENTITIES)[EntityName]["typeName"];

/** The dataset's records, one array per entity. */
export type DatasetRecords = {
  [K in EntityName]: readonly z.output<(typeof ENTITIES)[K]["schema"]>[];
};
