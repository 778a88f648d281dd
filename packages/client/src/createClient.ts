import type { DocumentTypeDecoration } from "@graphql-typed-document-node/core";
import { ClientError, type GraphQLErrorPayload } from "./ClientError.js";
import {
  ActorProfileDocument,
  type ActorProfileQueryVariables,
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

/** A typed document: the generated documents, or any string document with result and variable types. */
export type TypedDocument<TResult, TVariables> = DocumentTypeDecoration<TResult, TVariables> & {
  toString(): string;
  __meta__?: { hash?: string } | Record<string, unknown>;
};

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

/** An operation definition starts the document or follows another definition's closing brace. */
const OPERATION = /(?:^|\})\s*(query|mutation|subscription)\b\s*([_A-Za-z][_0-9A-Za-z]*)?/;

/** Creates a typed client: one method per dashboard operation, plus `request` for any typed document. */
export function createClient(options: ClientOptions) {
  const doFetch = options.fetch ?? globalThis.fetch;
  if (typeof doFetch !== "function")
    throw new TypeError("no fetch: pass options.fetch on this platform");

  async function request<TResult, TVariables>(
    document: TypedDocument<TResult, TVariables>,
    ...[variables]: VariablesArg<TVariables>
  ): Promise<TResult> {
    const query = document.toString();
    const [, kind = "query", operationName] = OPERATION.exec(query) ?? [];
    const hash = options.persisted
      ? (document.__meta__ as { hash?: string } | undefined)?.hash
      : undefined;
    if (options.persisted && !hash)
      throw new TypeError("persisted: this document has no hash; use a generated document");
    // Persisted: only the hash travels, as the APQ-style extension yoga and Apollo understand.
    const params: Record<string, unknown> = hash
      ? { extensions: { persistedQuery: { version: 1, sha256Hash: hash.replace(/^sha256:/, "") } } }
      : { query };
    if (operationName) params.operationName = operationName;
    if (variables && Object.keys(variables).length > 0) params.variables = variables;

    const headers: Record<string, string> = {
      accept: "application/graphql-response+json, application/json",
      ...(typeof options.headers === "function" ? options.headers() : options.headers),
    };
    let url = options.url;
    const init: RequestInit = { headers };
    if (options.method === "GET" && kind === "query") {
      const search = new URLSearchParams();
      for (const [key, value] of Object.entries(params)) {
        search.set(key, typeof value === "string" ? value : JSON.stringify(value));
      }
      url += (url.includes("?") ? "&" : "?") + search.toString();
      init.method = "GET";
    } else {
      init.method = "POST";
      headers["content-type"] = "application/json";
      init.body = JSON.stringify(params);
    }

    let response: Response;
    try {
      response = await doFetch(url, init);
    } catch (error) {
      throw new ClientError(
        `request to ${options.url} failed: ${(error as Error).message}`,
        "NETWORK_ERROR",
      );
    }
    let body: { data?: TResult | null; errors?: GraphQLErrorPayload[] } | undefined;
    try {
      body = (await response.json()) as typeof body;
    } catch {
      body = undefined;
    }
    const errors = body?.errors ?? [];
    if (errors.length > 0) {
      const first = errors[0]!;
      throw new ClientError(
        first.message,
        first.extensions?.code ?? "GRAPHQL_ERROR",
        errors,
        response.status,
        body?.data,
      );
    }
    if (!response.ok) {
      throw new ClientError(
        `HTTP ${response.status} ${response.statusText}`.trim(),
        `HTTP_${response.status}`,
        [],
        response.status,
      );
    }
    if (!body || body.data === undefined || body.data === null) {
      throw new ClientError("the response has no data", "BAD_RESPONSE", [], response.status);
    }
    return body.data;
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
    /** The dataset's version, licence, counts and source. */
    dataset: (...args: VariablesArg<DatasetInfoQueryVariables>) =>
      request(DatasetInfoDocument, ...args),
  };
}

export type Client = ReturnType<typeof createClient>;
