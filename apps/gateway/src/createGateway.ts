import { refuseBadHost } from "./badHost.js";
import {
  dataset as releasedDataset,
  datasetInfo,
  ENTITY_NAMES,
  type DatasetIndex,
  type DatasetInfo,
} from "@nato-russia/data";
import type { IncomingMessage, ServerResponse } from "node:http";
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
import { createFastPath } from "./fastPath/createFastPath.js";
import { createCompressor } from "./http/compression.js";
import { useCompression } from "./plugins/compression.js";
import { createGraphiQL } from "./graphiql.js";
import { createLogger } from "./logger.js";
import { COST_HEADERS } from "./http/costHeaders.js";
import { CSRF_HEADERS } from "./http/csrfHeaders.js";
import { useCacheHeaders, useNotModified } from "./plugins/cacheHeaders.js";
import { useCsrfPrevention } from "./plugins/csrf.js";
import { useHealthz } from "./plugins/healthz.js";
import { useMalformedRequestErrors } from "./plugins/malformedRequests.js";
import { useQueriesOnly } from "./plugins/operationTypes.js";
import { useVary } from "./plugins/vary.js";
import {
  usePersistedManifest,
  type PersistedOperationsOptions,
} from "./plugins/persistedOperations.js";
import { createCostAnalysis, useQueryCost, type RequestCosts } from "./plugins/queryCost.js";
import { queryLimitPlugins } from "./plugins/queryLimits.js";
import { useResponseSizeLimit } from "./plugins/responseSize.js";
import { measureListSizes } from "./listSizes.js";
import { useResponseCache, type CachedAnswer } from "./plugins/responseCache.js";
import { schema as plainSchema } from "./schema/index.js";
import { subgraphSchema } from "./schema/subgraph.js";

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
  /**
   * Where the gateway runs. "node" (the default): `listener` has the fast path in front of
   * yoga, which is the one reply cache. "fetch" (Workers, Deno, Bun): no Node listener, so
   * yoga keeps replies itself (useResponseCache).
   */
  runtime?: "node" | "fetch";
  /**
   * Serve the Federation v2 subgraph schema (schema/subgraph.ts): the plain schema plus
   * `_service` and `_entities`, node types keyed by slug, every limit applying as before.
   */
  federation?: boolean;
  /**
   * Brotli or gzip for clients that accept it, for answers of `minBytes` or more (1024 by
   * default); the fast path keeps each compressed body with its reply. Node runtime only:
   * Workers and CDNs compress by themselves. `false` turns it off.
   */
  compression?: false | { minBytes?: number };
  /** GraphiQL on GET of the endpoint from a browser (default true). Workers leave it out. */
  graphiql?: boolean;
}

/** Answers smaller than this are not compressed: the saving would not pay for the work. */
export const DEFAULT_COMPRESSION_MIN_BYTES = 1024;

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
 * The gateway: `fetch`, a WHATWG fetch handler for any runtime, and `listener`, a Node request
 * listener with the fast path in front of the same pipeline. Everything a request needs comes
 * from `options`, so tests and benchmarks run the same code path on any dataset.
 */
export function createGateway(options: GatewayOptions = {}) {
  const dataset = options.dataset ?? releasedDataset;
  const info = options.info ?? (options.dataset ? describeDataset(dataset) : datasetInfo);
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const cacheLimits = { ...DEFAULT_RESPONSE_CACHE, ...options.responseCache };
  const runtime = options.runtime ?? "node";
  const context = contextFactory(dataset, info, limits.maxItems);
  const cache = new CacheBudget(cacheLimits.maxBytes, cacheLimits.maxEntries);
  const documents = cache.area<DocumentNode>("document");
  const parseErrors = cache.area<Error>("parse-error");
  const schema = options.federation ? subgraphSchema() : plainSchema;
  const costOf = createCostAnalysis(schema, measureListSizes(schema, context()));
  const costs: RequestCosts = new WeakMap();
  const graphqlEndpoint = options.graphqlEndpoint ?? "/graphql";
  const logger = options.logger ?? createLogger();
  const compressor =
    runtime === "node" && options.compression !== false
      ? createCompressor(
          options.compression?.minBytes ?? DEFAULT_COMPRESSION_MIN_BYTES,
          (encoding, from, to) => logger.debug("compressed", { encoding, from, to }),
        )
      : undefined;
  const fastPath =
    runtime !== "node" || options.fastPath === false || cacheLimits.maxEntries <= 0
      ? undefined
      : createFastPath({
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
          compressor,
        });

  const graphiql = options.graphiql === false ? undefined : createGraphiQL();
  const yoga = createYoga({
    schema,
    context,
    graphqlEndpoint,
    graphiql: graphiql
      ? { title: "NATO–Russia relations", defaultQuery: DEFAULT_GRAPHIQL_QUERY }
      : false,
    ...(graphiql ? { renderGraphiQL: graphiql.render } : {}),
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
    logging: logger,
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
      exposedHeaders: ["etag", ...COST_HEADERS],
      credentials: false,
      maxAge: 86_400,
    },
    // Order matters where hooks of the same kind depend on one another; each such place says so.
    plugins: [
      useHealthz(info.version),
      // Refusals that need no GraphQL work come first: CSRF, then malformed bodies.
      useCsrfPrevention(),
      useMalformedRequestErrors(),
      useClientErrors(),
      useShortEcho(),
      useQueriesOnly(),
      useVary("Origin"),
      ...(graphiql ? [graphiql.plugin] : []),
      ...(options.persistedOperations ? [usePersistedManifest(options.persistedOperations)] : []),
      ...queryLimitPlugins(limits),
      // The first onExecute hook: an operation over the cost never reaches the fast path's
      // recorder below, so it is never kept or run there.
      useQueryCost(costOf, limits, costs),
      // Serializes each success once; the reply cache, the cache headers and the fast path
      // below all reuse those bytes, so it comes before them.
      useResponseSizeLimit(limits.maxResponseBytes),
      ...(runtime === "fetch"
        ? [useResponseCache(info.version, cache.area<CachedAnswer>("response"), costs)]
        : []),
      useCacheHeaders(info.version, cacheLimits.maxAgeSeconds),
      useVary("Accept-Encoding"),
      // Records the answer with its ETag (set just above) before any 304 replaces it (below).
      ...(fastPath ? [fastPath.plugin] : []),
      useNotModified(),
      // Last: what is sent is final by now, a 304 included.
      ...(compressor
        ? [
            useCompression(compressor, {
              cache: cache.area<Buffer>("compressed"),
              encodedReply: fastPath?.encodedReply,
            }),
          ]
        : []),
    ],
  });
  return {
    /** The full pipeline as a WHATWG fetch handler. */
    fetch: yoga.fetch,
    /** A Node request listener: the fast path (when on), then the same pipeline. */
    listener: fastPath
      ? fastPath.listener((req, res, fastPathContext) =>
          refuseBadHost(req, res)
            ? undefined
            : (yoga.requestListener as (...args: unknown[]) => unknown)(req, res, fastPathContext),
        )
      : (req: IncomingMessage, res: ServerResponse) =>
          refuseBadHost(req, res) ? undefined : yoga.requestListener(req, res),
    graphqlEndpoint,
  };
}

export type Gateway = ReturnType<typeof createGateway>;
