// Every tidy table, in the order the files list them: entities first, then join tables.
import { actorAliases, actors } from "./actors.js";
import { eventActors, eventCountries, events, eventThemes } from "./events.js";
import { passageCitations, passages } from "./passages.js";
import { periods } from "./periods.js";
import { referenceNames, references } from "./references.js";
import { sourceReferences, sources, verificationReferences } from "./sources.js";
import { positionAbout, positions, positionThemes, themes } from "./themesPositions.js";

export const TABLES = [
  events,
  actors,
  references,
  passages,
  periods,
  themes,
  positions,
  eventActors,
  eventCountries,
  eventThemes,
  actorAliases,
  referenceNames,
  passageCitations,
  positionAbout,
  positionThemes,
  sources,
  sourceReferences,
  verificationReferences,
];
