import type { ResultOf, VariablesOf } from "@graphql-typed-document-node/core";
import {
  ActorProfileDocument,
  ActorsDocument,
  ArticleDocument,
  DatasetInfoDocument,
  DocumentsDocument,
  EventPageDocument,
  EventStatsDocument,
  PeriodsAndThemesDocument,
  ReferenceExportDocument,
  ReferencesDocument,
  SearchDocument,
  TimelineDocument,
  ViewCitationDocument,
} from "./generated/graphql.js";

/** The client's operations by method name: one method, one query options factory each. */
export const operations = {
  /** Events in a date range (and any other filter), for the timeline. */
  timeline: TimelineDocument,
  /** One event with its actors, themes, period, sources, citations and verification. */
  eventPage: EventPageDocument,
  /** An actor with its positions and events. */
  actorProfile: ActorProfileDocument,
  /** Actors, optionally filtered by kind or text. */
  actors: ActorsDocument,
  /** The references, formatted in a citation style. */
  references: ReferencesDocument,
  /** Ranked search across every type. */
  search: SearchDocument,
  /** Event counts by a dimension, for charts. */
  eventStats: EventStatsDocument,
  /** The periods of the relationship and the themes. */
  periodsAndThemes: PeriodsAndThemesDocument,
  /** The article's paragraphs with their quotes, the records they support, and citations. */
  article: ArticleDocument,
  /** The references as BibTeX entries and CSL-JSON items, for citation managers. */
  referenceExport: ReferenceExportDocument,
  /** A citation of one view of the dataset: version, filter, address, day accessed. */
  viewCitation: ViewCitationDocument,
  /** The documents (the article, then the documents of the record) and the events they attest. */
  documents: DocumentsDocument,
  /** The dataset's version, licence, counts and source. */
  dataset: DatasetInfoDocument,
} as const;

export type Operations = typeof operations;
export type OperationName = keyof Operations;

/** What an operation returns. */
export type OperationResult<K extends OperationName> = ResultOf<Operations[K]>;
/** An operation's variables. */
export type OperationVariables<K extends OperationName> = VariablesOf<Operations[K]>;
