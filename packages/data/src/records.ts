// The dataset as typed collections. The JSON is validated at build time (scripts/validate.ts),
// so these casts hold for every released version.
import actorsJson from "../data/actors.json" with { type: "json" };
import eventsJson from "../data/events.json" with { type: "json" };
import passagesJson from "../data/passages.json" with { type: "json" };
import periodsJson from "../data/periods.json" with { type: "json" };
import positionsJson from "../data/positions.json" with { type: "json" };
import referencesJson from "../data/references.json" with { type: "json" };
import themesJson from "../data/themes.json" with { type: "json" };
import type { DatasetRecords } from "./entityNames.js";
import type { Actor, Event, Passage, Period, Position, Reference, Theme } from "./schema/index.js";

export const events = eventsJson as unknown as readonly Event[];
export const actors = actorsJson as unknown as readonly Actor[];
export const references = referencesJson as unknown as readonly Reference[];
export const passages = passagesJson as unknown as readonly Passage[];
export const periods = periodsJson as unknown as readonly Period[];
export const themes = themesJson as unknown as readonly Theme[];
export const positions = positionsJson as unknown as readonly Position[];

export const records: DatasetRecords = {
  events,
  actors,
  references,
  passages,
  periods,
  themes,
  positions,
};
