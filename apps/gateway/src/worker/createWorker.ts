// The Cloudflare Workers entry: the same gateway as on Node (createGateway, Fetch runtime),
// with cacheable GETs going through the colo's cache. The build (scripts/build-worker.ts)
// bundles it with the dataset, the citation styles and the persisted-operations manifest.
import { env } from "cloudflare:workers";
import { datasetInfo } from "@nato-russia/data";
import { createGateway, type GatewayOptions } from "../createGateway.js";
import { createLogger, type LogLevel } from "../logger.js";
import { cachedGet, type EdgeCache } from "./edgeCache.js";

export interface WorkerOptions {
  /** The manifest bundled at build time, and whether only its operations are accepted. */
  persistedOperations?: GatewayOptions["persistedOperations"];
}

/** What the worker uses of the ExecutionContext Workers pass to `fetch`. */
interface ExecutionContext {
  waitUntil(promise: Promise<unknown>): void;
}

const LEVELS = new Set(["debug", "info", "warn", "error", "silent"]);

/** A string binding of wrangler.toml's [vars], or undefined. */
const variable = (name: string) =>
  typeof env[name] === "string" && env[name] !== "" ? (env[name] as string) : undefined;

/**
 * The worker's module: `{ fetch }`. The gateway is built in the global scope, once per isolate
 * (that is the start-up the platform limits); each request then only runs its query.
 * Bindings: LOG_LEVEL (JSON lines on the console, as on Node) and CORS_ORIGINS.
 */
export function createWorker(options: WorkerOptions = {}) {
  const level = variable("LOG_LEVEL") ?? "info";
  const origins = (variable("CORS_ORIGINS") ?? "*").split(",").map((o) => o.trim());
  const gateway = createGateway({
    runtime: "fetch",
    graphiql: false,
    logger: createLogger(LEVELS.has(level) ? (level as LogLevel) : "info", (line) =>
      console.log(line),
    ),
    corsOrigins: origins.includes("*") ? "*" : origins,
    persistedOperations: options.persistedOperations,
  });
  const handle = (request: Request) => Promise.resolve(gateway.fetch(request));
  const cache = (globalThis.caches as unknown as { default: EdgeCache }).default;

  return {
    async fetch(request: Request, _env: unknown, context: ExecutionContext): Promise<Response> {
      const { pathname, search } = new URL(request.url);
      const get = request.method === "GET" || request.method === "HEAD";
      if (!get || pathname !== gateway.graphqlEndpoint || !search) return handle(request);
      const asGet =
        request.method === "HEAD"
          ? new Request(request.url, { headers: request.headers })
          : request;
      const response = await cachedGet(asGet, handle, cache, datasetInfo.version, (promise) =>
        context.waitUntil(promise),
      );
      // HEAD: the GET's status and headers, without its body.
      return request.method === "HEAD"
        ? new Response(null, { status: response.status, headers: response.headers })
        : response;
    },
  };
}
