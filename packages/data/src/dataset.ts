// The released dataset: its records as typed collections, indexed once, with this release's
// metadata and lookups by slug. The JSON is validated at build time (scripts/validate.ts), so
// the casts hold for every released version.
import actorsJson from "../data/actors.json" with { type: "json" };
import eventsJson from "../data/events.json" with { type: "json" };
import passagesJson from "../data/passages.json" with { type: "json" };
import periodsJson from "../data/periods.json" with { type: "json" };
import positionsJson from "../data/positions.json" with { type: "json" };
import referencesJson from "../data/references.json" with { type: "json" };
import themesJson from "../data/themes.json" with { type: "json" };
import pkg from "../package.json" with { type: "json" };
import { ENTITY_NAMES, type DatasetRecords, type EntityName } from "./entities.js";
import {
  DATASET_LICENSE_EXPRESSION,
  DATASET_LICENSES,
  datasetCitation,
  RELEASE_DATE,
  type DatasetCslItem,
  type DatasetLicense,
} from "./metadata.js";
import { DatasetIndex } from "./query/DatasetIndex.js";
import { readPackagedSearchIndex } from "./query/packagedSearchIndex.js";
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

/** The released dataset, indexed once; its search index is read from the package when first used. */
export const dataset = new DatasetIndex(records, { searchIndex: readPackagedSearchIndex });

/** Metadata of this release of the dataset. */
export interface DatasetInfo {
  name: string;
  version: string;
  /** Day of this release, YYYY-MM-DD. */
  released: string;
  /** SPDX expression of the data licences: "CC-BY-4.0 AND CC-BY-NC-SA-4.0". */
  license: string;
  /** Each data licence with what it applies to: CC-BY-4.0 for what the project wrote, CC-BY-NC-SA-4.0 for the article's text. */
  licenses: readonly DatasetLicense[];
  /** How to cite the dataset itself, as a CSL-JSON item. */
  citation: DatasetCslItem;
  /** Who must be credited, and how. */
  attribution: string;
  /** Slug of the primary source (the article). */
  source: string;
  counts: Record<EntityName, number>;
}

export const datasetInfo: DatasetInfo = {
  name: pkg.name,
  version: pkg.version,
  released: RELEASE_DATE,
  license: DATASET_LICENSE_EXPRESSION,
  licenses: DATASET_LICENSES,
  citation: datasetCitation,
  attribution:
    'Data drawn from I. C. Manolache, "The evolution of the relationship between NATO and Russia and future perspectives", Bulletin of "Carol I" National Defence University, 2023 (open access, CC BY-NC-SA), structured by the @nato-russia/data contributors.',
  source: dataset.source.slug,
  counts: Object.fromEntries(ENTITY_NAMES.map((n) => [n, records[n].length])) as Record<
    EntityName,
    number
  >,
};

/** The event with this slug, or undefined. */
export const getEvent = (slug: string): Event | undefined => dataset.getEvent(slug);
/** The actor with this slug, or undefined. */
export const getActor = (slug: string): Actor | undefined => dataset.getActor(slug);
/** The reference with this slug, or undefined. */
export const getReference = (slug: string): Reference | undefined => dataset.getReference(slug);
/** The passage with this slug, or undefined. */
export const getPassage = (slug: string): Passage | undefined => dataset.getPassage(slug);
/** The period with this slug, or undefined. */
export const getPeriod = (slug: string): Period | undefined => dataset.getPeriod(slug);
/** The theme with this slug, or undefined. */
export const getTheme = (slug: string): Theme | undefined => dataset.getTheme(slug);
/** The position with this slug, or undefined. */
export const getPosition = (slug: string): Position | undefined => dataset.getPosition(slug);
