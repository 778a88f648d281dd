import { ClientError } from "./ClientError.js";
import {
  ActorProfileDocument,
  type ActorProfileQueryVariables,
  ArticleDocument,
  type ArticleQueryVariables,
  ReferenceExportDocument,
  type ReferenceExportQueryVariables,
  ViewCitationDocument,
  type ViewCitationQueryVariables,
  type ActorsQueryVariables,
  type DatasetInfoQueryVariables,
  type EventPageQueryVariables,
  type EventStatsQueryVariables,
  type ReferencesQueryVariables,
  type SearchQueryVariables,
  type TimelineQueryVariables,
  ActorsDocument,
  DatasetInfoDocument,
  EventPageDocument,
  EventStatsDocument,
  PeriodsAndThemesDocument,
  ReferencesDocument,
  SearchDocument,
  TimelineDocument,
} from "./generated/graphql.js";
import { readResponse } from "./readResponse.js";
import { toParams } from "./toParams.js";
import { toRequest } from "./toRequest.js";
import { documentMeta, type TypedDocument } from "./TypedDocument.js";

export interface ClientOptions {
  /** The GraphQL endpoint, e.g. "http://localhost:4000/graphql". */
  url: string;
  /** A fetch implementation; defaults to the platform's (Node.js 20+, browsers). */
  fetch?: typeof globalThis.fetch;
  /** Extra headers for every request, or a function that returns them. */
  headers?: Record<string, string> | (() => Record<string, string>);
  /** "GET" sends queries in the URL so browsers and CDNs can cache them; default "POST". */
  method?: "GET" | "POST";
  /** Send only the hash of a generated document (the server must accept persisted operations). */
  persisted?: boolean;
}

/** Variables are optional when every variable of the operation is. */
type VariablesArg<V> = Record<string, never> extends V ? [variables?: V] : [variables: V];

/** Creates a typed client: one method per dashboard operation, plus `request` for any typed document. */
export function createClient(options: ClientOptions) {
  const doFetch = options.fetch ?? globalThis.fetch;
  if (typeof doFetch !== "function")
    throw new TypeError("no fetch: pass options.fetch on this platform");

  async function request<TResult, TVariables>(
    document: TypedDocument<TResult, TVariables>,
    ...[variables]: VariablesArg<TVariables>
  ): Promise<TResult> {
    const params = toParams(document, variables, options.persisted);
    const { url, init } = toRequest(params, {
      url: options.url,
      headers: typeof options.headers === "function" ? options.headers() : { ...options.headers },
      method: options.method ?? "POST",
      cacheable: documentMeta(document).operationType === "query",
    });
    let response: Response;
    try {
      response = await doFetch(url, init);
    } catch (error) {
      const reason = (error as Error).message;
      throw new ClientError(`request to ${options.url} failed: ${reason}`, "NETWORK_ERROR");
    }
    return readResponse<TResult>(response);
  }

  return {
    request,
    /** Events in a date range (and any other filter), for the timeline. */
    timeline: (...args: VariablesArg<TimelineQueryVariables>) => request(TimelineDocument, ...args),
    /** One event with its actors, themes, period, sources, citations and verification. */
    eventPage: (variables: EventPageQueryVariables) => request(EventPageDocument, variables),
    /** An actor with its positions and events. */
    actorProfile: (variables: ActorProfileQueryVariables) =>
      request(ActorProfileDocument, variables),
    /** Actors, optionally filtered by kind or text. */
    actors: (...args: VariablesArg<ActorsQueryVariables>) => request(ActorsDocument, ...args),
    /** The references, formatted in a citation style. */
    references: (...args: VariablesArg<ReferencesQueryVariables>) =>
      request(ReferencesDocument, ...args),
    /** Ranked search across every type. */
    search: (variables: SearchQueryVariables) => request(SearchDocument, variables),
    /** Event counts by a dimension, for charts. */
    eventStats: (variables: EventStatsQueryVariables) => request(EventStatsDocument, variables),
    /** The periods of the relationship and the themes. */
    periodsAndThemes: () => request(PeriodsAndThemesDocument),
    /** The article's paragraphs with their quotes, the records they support, and citations. */
    article: (...args: VariablesArg<ArticleQueryVariables>) => request(ArticleDocument, ...args),
    /** The references as BibTeX entries and CSL-JSON items, for citation managers. */
    referenceExport: (...args: VariablesArg<ReferenceExportQueryVariables>) =>
      request(ReferenceExportDocument, ...args),
    /** A citation of one view of the dataset: version, filter, address, day accessed. */
    viewCitation: (...args: VariablesArg<ViewCitationQueryVariables>) =>
      request(ViewCitationDocument, ...args),
    /** The dataset's version, licence, counts and source. */
    dataset: (...args: VariablesArg<DatasetInfoQueryVariables>) =>
      request(DatasetInfoDocument, ...args),
  };
}

export type Client = ReturnType<typeof createClient>;
