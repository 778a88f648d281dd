import type { z } from "zod";
import type { EntityName } from "./entityNames.js";
import { Actor, Event, Passage, Period, Position, Reference, Theme } from "./schema/index.js";

export { ENTITY_NAMES, type DatasetRecords, type EntityName } from "./entityNames.js";

/** Every entity of the dataset: its file and schema, in one place. */
export const ENTITIES = {
  events: { file: "events.json", schema: Event, label: "event" },
  actors: { file: "actors.json", schema: Actor, label: "actor" },
  references: { file: "references.json", schema: Reference, label: "reference" },
  passages: { file: "passages.json", schema: Passage, label: "passage" },
  periods: { file: "periods.json", schema: Period, label: "period" },
  themes: { file: "themes.json", schema: Theme, label: "theme" },
  positions: { file: "positions.json", schema: Position, label: "position" },
} as const satisfies Record<EntityName, { file: string; schema: z.ZodType; label: string }>;
