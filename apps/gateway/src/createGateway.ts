import {
  dataset as releasedDataset,
  datasetInfo,
  ENTITY_NAMES,
  type DatasetIndex,
  type DatasetInfo,
} from "@nato-russia/data";
import type { DocumentNode } from "graphql";
import { createYoga, type YogaLogger } from "graphql-yoga";
import { CacheBudget, documentBytes } from "./cache/CacheBudget.js";
import { contextFactory } from "./context.js";
import { useClientErrors, useShortEcho } from "./errors.js";
import {
  DEFAULT_LIMITS,
  DEFAULT_RESPONSE_CACHE,
  type Limits,
  type ResponseCacheLimits,
} from "./limits.js";
import { FastPath } from "./fastPath/FastPath.js";
import { withFastPath } from "./fastPath/withFastPath.js";
import { createGraphiQL } from "./graphiql.js";
import { createLogger } from "./logger.js";
import { useCsrfPrevention, CSRF_HEADERS } from "./plugins/csrf.js";
import { useFastPathRecorder } from "./plugins/fastPathRecorder.js";
import { useHealthz } from "./plugins/healthz.js";
import { useMalformedRequestErrors } from "./plugins/malformedRequests.js";
import { useQueriesOnly } from "./plugins/operationTypes.js";
import { useVaryOrigin } from "./plugins/varyOrigin.js";
import {
  usePersistedManifest,
  type PersistedOperationsOptions,
} from "./plugins/persistedOperations.js";
import { createCostAnalysis, useQueryCost } from "./plugins/queryCost.js";
import { queryLimitPlugins } from "./plugins/queryLimits.js";
import { useResponseSizeLimit } from "./plugins/responseSize.js";
import { measureListSizes } from "./listSizes.js";
import { useResponseCache } from "./plugins/responseCache.js";
import { schema } from "./schema/index.js";

export interface GatewayOptions {
  /** The dataset to serve; the released one by default. Benchmarks pass synthetic ones. */
  dataset?: DatasetIndex;
  /** Its metadata; by default the release's, with counts and source taken from `dataset`. */
  info?: DatasetInfo;
  /** Origins allowed by CORS; "*" (the default) suits a public, read-only, cookie-less API. */
  corsOrigins?: string | string[];
  /** Overrides of the query and body limits (see limits.ts). */
  limits?: Partial<Limits>;
  /** Overrides of the response cache bounds; maxEntries 0 turns the in-memory cache off. */
  responseCache?: Partial<ResponseCacheLimits>;
  /** Where yoga logs unexpected errors; JSON lines on stdout by default. */
  logger?: YogaLogger;
  /** Path of the GraphQL endpoint and of GraphiQL. */
  graphqlEndpoint?: string;
  /** Operations served by hash from a manifest; with `only`, no other operation is accepted. */
  persistedOperations?: PersistedOperationsOptions;
  /**
   * The Node listener's fast path (see src/fastPath/FastPath.ts): repeated requests answered
   * from bytes, validated operations compiled by graphql-jit (`jit: false` runs graphql-js).
   * `false` turns it off; so does `responseCache.maxEntries: 0`. `fetch` never uses it.
   */
  fastPath?: false | { jit?: boolean };
}

/** GraphiQL's first query: what a dashboard asks first. */
export const DEFAULT_GRAPHIQL_QUERY = `# The NATO–Russia relations dataset. Press ▶ to run; open Docs for every field.
query Overview {
  dataset { version license counts { events actors references } }
  events(filter: { from: "2014", actors: ["russia"] }, first: 5) {
    totalCount
    edges { node { title date { label } kind relation } }
    pageInfo { hasNextPage endCursor }
  }
  eventStats(groupBy: DECADE) { label count }
  search(query: "ionascu", first: 3) {
    edges { score node { __typename ... on Reference { citation(style: CHICAGO) } } }
  }
}
`;

/** Metadata for a dataset other than the release: the release's, with its own counts and source. */
export function describeDataset(dataset: DatasetIndex): DatasetInfo {
  const counts = Object.fromEntries(
    ENTITY_NAMES.map((name) => [name, dataset.records[name].length]),
  );
  return { ...datasetInfo, source: dataset.source.slug, counts: counts as DatasetInfo["counts"] };
}

/**
 * The gateway as a yoga instance: a WHATWG fetch handler (`yoga.fetch`) that is also a Node
 * request listener, with the fast path in front of the latter. Everything a request needs comes
 * from `options`, so tests and benchmarks run the same code path on any dataset.
 */
export function createGateway(options: GatewayOptions = {}) {
  const dataset = options.dataset ?? releasedDataset;
  const info = options.info ?? (options.dataset ? describeDataset(dataset) : datasetInfo);
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const cacheLimits = { ...DEFAULT_RESPONSE_CACHE, ...options.responseCache };
  const context = contextFactory(dataset, info, limits.maxItems);
  const cache = new CacheBudget(cacheLimits.maxBytes, cacheLimits.maxEntries);
  const documents = cache.area<DocumentNode>("document");
  const parseErrors = cache.area<Error>("parse-error");
  const costOf = createCostAnalysis(schema, measureListSizes(schema, context()));
  const graphqlEndpoint = options.graphqlEndpoint ?? "/graphql";
  const fastPath =
    options.fastPath === false || cacheLimits.maxEntries <= 0
      ? undefined
      : new FastPath({
          schema,
          context,
          version: info.version,
          endpoint: graphqlEndpoint,
          maxBodyBytes: limits.maxBodyBytes,
          cache,
          jit: options.fastPath?.jit ?? true,
          costOf,
          maxCost: limits.maxCost,
          maxResponseBytes: limits.maxResponseBytes,
        });

  const graphiql = createGraphiQL();
  const yoga = createYoga({
    schema,
    context,
    graphqlEndpoint,
    graphiql: { title: "NATO–Russia relations", defaultQuery: DEFAULT_GRAPHIQL_QUERY },
    renderGraphiQL: graphiql.render,
    landingPage: false,
    // Parsed documents count against the same budget as everything else cached.
    parserAndValidationCache: {
      documentCache: {
        get: (source: string) => documents.get(source),
        set: (source: string, document: DocumentNode) =>
          documents.set(source, document, documentBytes(source, document)),
      },
      errorCache: {
        get: (source: string) => parseErrors.get(source),
        set: (source: string, error: Error) => parseErrors.set(source, error, 1024),
      },
    },
    logging: options.logger ?? createLogger(),
    // Unexpected errors become "Unexpected error." with no stack, whatever NODE_ENV says.
    maskedErrors: { isDev: false },
    // One operation per request keeps every limit per request.
    batching: false,
    multipart: false,
    maxRequestBodySize: limits.maxBodyBytes,
    cors: {
      origin: options.corsOrigins ?? "*",
      methods: ["GET", "POST", "OPTIONS"],
      allowedHeaders: ["content-type", "accept", "if-none-match", ...CSRF_HEADERS],
      exposedHeaders: ["etag"],
      credentials: false,
      maxAge: 86_400,
    },
    plugins: [
      useHealthz(info.version),
      useCsrfPrevention(),
      useMalformedRequestErrors(),
      useClientErrors(),
      useShortEcho(),
      useQueriesOnly(),
      useVaryOrigin(),
      graphiql.plugin,
      ...(options.persistedOperations ? [usePersistedManifest(options.persistedOperations)] : []),
      ...queryLimitPlugins(limits),
      // First of the onExecute hooks: an operation over the cost is never recorded or cached.
      useQueryCost(costOf, limits.maxCost),
      // Before the response cache, which stores the bytes this measured.
      useResponseSizeLimit(limits.maxResponseBytes),
      useResponseCache(
        info.version,
        cacheLimits,
        cache.area("response"),
        (server, headers, entry) =>
          fastPath?.recordReply(server.req, headers, entry.body, entry.etag),
      ),
      ...(fastPath ? [useFastPathRecorder(fastPath)] : []),
    ],
  });
  return fastPath ? withFastPath(yoga, fastPath) : yoga;
}

export type Gateway = ReturnType<typeof createGateway>;
