export {
  actors,
  events,
  passages,
  periods,
  positions,
  references,
  records,
  themes,
} from "./records.js";
export { dataset, datasetInfo, type DatasetInfo } from "./dataset.js";
export {
  getActor,
  getEvent,
  getPassage,
  getPeriod,
  getPosition,
  getReference,
  getTheme,
} from "./lookups.js";
export {
  DatasetIndex,
  type CitingRecord,
  type SearchHit,
  type SearchType,
  type StatsBucket,
  type StatsDimension,
} from "./query/DatasetIndex.js";
export type { EventFilter, EventOrder } from "./query/EventFilter.js";
export { QueryError, type QueryErrorCode } from "./query/QueryError.js";
export { freeTextWords, MAX_QUERY_LENGTH, MAX_QUERY_WORDS } from "./query/freeText.js";
export { lowerBound, spanOf, upperBound } from "./query/dateBounds.js";
export { fold } from "./text/fold.js";
export { ENTITY_NAMES, type DatasetRecords, type EntityName } from "./entityNames.js";
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
  Relation,
  SourceTier,
  Theme,
  ThemeKind,
  Verification,
  VerificationStatus,
} from "./schema/index.js";
