// Entry point of "@nato-russia/data": the records, the query layer over them, and their types.
export {
  actors,
  dataset,
  datasetInfo,
  events,
  getActor,
  getEvent,
  getPassage,
  getPeriod,
  getPosition,
  getReference,
  getTheme,
  passages,
  periods,
  positions,
  references,
  records,
  themes,
  type DatasetInfo,
} from "./dataset.js";
export {
  DATASET_AUTHORS,
  DATASET_DESCRIPTION,
  DATASET_LICENSES,
  DATASET_TITLE,
  datasetCitation,
  FACTS_LICENSE,
  TEXT_LICENSE,
  type DatasetCslItem,
  type DatasetLicense,
} from "./metadata.js";
export { DatasetIndex, type DatasetIndexOptions } from "./query/DatasetIndex.js";
export { isDocument } from "./query/DocumentIndex.js";
export type { CitingRecord } from "./query/EventIndex.js";
export type { PassageQuote } from "./query/PassageQuotes.js";
export type { SearchHit, SearchType, SerialisedSearchIndex } from "./query/SearchIndex.js";
export {
  STATS_DIMENSIONS,
  type StatsBucket,
  type StatsDimension,
} from "./query/statsDimensions.js";
export type { ActorFilter } from "./query/ActorFilter.js";
export { EVENT_ORDERS, type EventFilter, type EventOrder } from "./query/EventFilter.js";
export { QueryError, type QueryErrorCode } from "./query/QueryError.js";
export { freeTextWords, MAX_QUERY_LENGTH, MAX_QUERY_WORDS } from "./query/freeText.js";
export { lowerBound, spanOf, upperBound } from "./query/dateBounds.js";
export { fold } from "./text/fold.js";
export {
  ENTITIES,
  ENTITY_NAMES,
  type DatasetRecords,
  type EntityName,
  type EntityTypeName,
} from "./entities.js";
export {
  ACTOR_KINDS,
  ACTOR_ROLES,
  DATE_PRECISIONS,
  EVENT_KINDS,
  REFERENCE_ROLES,
  RELATIONS,
  SOURCE_TIER_DESCRIPTIONS,
  SOURCE_TIERS,
  THEME_KINDS,
  VERIFICATION_STATUSES,
} from "./schema/index.js";
export type {
  Actor,
  ActorKind,
  ActorRole,
  Attestation,
  Citation,
  CslItem,
  CslName,
  DatePrecision,
  Event,
  EventActor,
  EventKind,
  FuzzyDate,
  Passage,
  Period,
  Position,
  Reference,
  ReferenceRole,
  Relation,
  SourceTier,
  Theme,
  ThemeKind,
  Verification,
  VerificationStatus,
} from "./schema/index.js";
