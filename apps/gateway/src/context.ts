import type { DatasetIndex, DatasetInfo } from "@nato-russia/data";

/** The GraphQL object types that are Relay nodes, one per kind of record. */
export const NODE_TYPES = [
  "Event",
  "Actor",
  "Reference",
  "Passage",
  "Period",
  "Theme",
  "Position",
] as const;
export type NodeTypeName = (typeof NODE_TYPES)[number];

/** What every resolver gets: the dataset to answer from, its metadata, and a record → type lookup. */
export interface GatewayContext {
  dataset: DatasetIndex;
  info: DatasetInfo;
  /** The GraphQL type of a record of `dataset`; resolves the Node interface and the SearchResult union. */
  typeOf: (record: object) => NodeTypeName | undefined;
  /** List items this request may still return (see Limits.maxItems and countListItems). */
  itemBudget: number;
}

// Records are plain JSON objects with no type tag, so each dataset gets one identity map, built once.
const typeMaps = new WeakMap<DatasetIndex, WeakMap<object, NodeTypeName>>();

function typeMapOf(dataset: DatasetIndex): WeakMap<object, NodeTypeName> {
  let map = typeMaps.get(dataset);
  if (!map) {
    const r = dataset.records;
    const built = new WeakMap<object, NodeTypeName>();
    const tag = (records: readonly object[], type: NodeTypeName) =>
      records.forEach((rec) => built.set(rec, type));
    tag(r.events, "Event");
    tag(r.actors, "Actor");
    tag(r.references, "Reference");
    tag(r.passages, "Passage");
    tag(r.periods, "Period");
    tag(r.themes, "Theme");
    tag(r.positions, "Position");
    typeMaps.set(dataset, built);
    map = built;
  }
  return map;
}

/**
 * Returns a factory of per-request contexts. Each request gets a fresh object: it holds the
 * request's item budget, and Pothos keys its per-request caches on the context's identity.
 */
export function contextFactory(
  dataset: DatasetIndex,
  info: DatasetInfo,
  maxItems: number,
): () => GatewayContext {
  const types = typeMapOf(dataset);
  const typeOf = (record: object) => types.get(record);
  return () => ({ dataset, info, typeOf, itemBudget: maxItems });
}
