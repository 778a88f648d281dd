import {
  ENTITIES,
  ENTITY_NAMES,
  type DatasetIndex,
  type DatasetInfo,
  type EntityTypeName,
} from "@nato-russia/data";

/** The GraphQL object types that are Relay nodes: one per entity, named by the data package. */
export const NODE_TYPES: readonly NodeTypeName[] = ENTITY_NAMES.map(
  (name) => ENTITIES[name].typeName,
);
export type NodeTypeName = EntityTypeName;

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
    const built = new WeakMap<object, NodeTypeName>();
    for (const name of ENTITY_NAMES)
      for (const record of dataset.records[name]) built.set(record, ENTITIES[name].typeName);
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
