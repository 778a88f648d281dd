import pkg from "../package.json" with { type: "json" };
import { ENTITY_NAMES, type EntityName } from "./entityNames.js";
import { DatasetIndex } from "./query/DatasetIndex.js";
import { records } from "./records.js";

/** The released dataset, indexed once. */
export const dataset = new DatasetIndex(records);

/** Metadata of this release of the dataset. */
export interface DatasetInfo {
  name: string;
  version: string;
  /** SPDX identifier of the data licence. */
  license: string;
  /** Who must be credited, and how. */
  attribution: string;
  /** Slug of the primary source (the article). */
  source: string;
  counts: Record<EntityName, number>;
}

export const datasetInfo: DatasetInfo = {
  name: pkg.name,
  version: pkg.version,
  license: pkg.license,
  attribution:
    'Data drawn from I. C. Manolache, "The evolution of the relationship between NATO and Russia and future perspectives", Bulletin of "Carol I" National Defence University, 2023 (open access, CC BY-NC-SA).',
  source: dataset.source.slug,
  counts: Object.fromEntries(ENTITY_NAMES.map((n) => [n, records[n].length])) as Record<
    EntityName,
    number
  >,
};
