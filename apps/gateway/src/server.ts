// Node entry: config → gateway → HTTP server → graceful shutdown. Every environment variable
// is described, with its default, in config.ts and in the README.
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { dataset, datasetInfo } from "@nato-russia/data";
import { warmCitations } from "./citations.js";
import { ConfigError, readConfig, type Config } from "./config.js";
import { createGateway } from "./createGateway.js";
import { createLogger } from "./logger.js";
import { createNodeListener } from "./nodeListener.js";
import { createShutdown } from "./shutdown.js";
import { createStaticFiles } from "./staticFiles.js";

let config: Config;
try {
  config = readConfig();
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  process.stderr.write(`${error.message}\n`);
  process.exit(1);
}

const logger = createLogger(config.LOG_LEVEL);

const persistedOperations = config.PERSISTED_OPERATIONS
  ? {
      manifest: JSON.parse(readFileSync(config.PERSISTED_OPERATIONS, "utf8")) as Record<
        string,
        string
      >,
      only: config.PERSISTED_OPERATIONS_ONLY,
    }
  : undefined;

const gateway = createGateway({
  logger,
  corsOrigins: config.CORS_ORIGINS.includes("*") ? "*" : config.CORS_ORIGINS,
  persistedOperations,
  limits: { maxResponseBytes: config.MAX_RESPONSE_BYTES },
  responseCache: { maxBytes: config.CACHE_MAX_BYTES },
  compression: { minBytes: config.COMPRESSION_MIN_BYTES },
});
const apiPaths = [gateway.graphqlEndpoint, "/healthz"];
const staticFiles = config.STATIC_DIR
  ? createStaticFiles(config.STATIC_DIR, { apiPaths })
  : undefined;
const listener = createNodeListener(gateway.listener, apiPaths, staticFiles);

const server = createServer({
  // Slow clients (slowloris) are cut off: Node checks these every connectionsCheckingInterval.
  headersTimeout: config.HEADERS_TIMEOUT_MS,
  requestTimeout: config.REQUEST_TIMEOUT_MS,
  keepAliveTimeout: config.KEEP_ALIVE_TIMEOUT_MS,
  connectionsCheckingInterval: Math.min(1000, config.HEADERS_TIMEOUT_MS / 2),
});
server.maxConnections = config.MAX_CONNECTIONS;
const shutdown = createShutdown(server, logger, {
  drainMs: config.SHUTDOWN_DRAIN_MS,
  timeoutMs: config.SHUTDOWN_TIMEOUT_MS,
});

server.on("request", (req, res) => {
  const started = performance.now();
  shutdown.track(res);
  res.on("finish", () =>
    logger.log("info", "request", {
      method: req.method,
      path: req.url?.split("?")[0],
      status: res.statusCode,
      ms: Math.round((performance.now() - started) * 10) / 10,
    }),
  );
  listener(req, res);
});

// Parsing the CSL styles takes seconds; do it before listening so /healthz means fast answers.
const warming = performance.now();
await warmCitations(dataset.source);
logger.log("info", "citation styles loaded", { ms: Math.round(performance.now() - warming) });
// The search index too (read from the package, or built for another dataset).
const indexing = performance.now();
dataset.prepareSearch();
logger.log("info", "search index loaded", { ms: Math.round(performance.now() - indexing) });

server.listen(config.PORT, config.HOST, () => {
  const { address, port } = server.address() as AddressInfo;
  const origin = `http://${address.includes(":") ? `[${address}]` : address}:${port}`;
  logger.log("info", "listening", {
    url: `${origin}${gateway.graphqlEndpoint}`,
    ...(staticFiles ? { dashboard: `${origin}/` } : {}),
    port,
    dataset: datasetInfo.version,
  });
});

let stopping = false;
function stop(signal: NodeJS.Signals): void {
  if (stopping) return;
  stopping = true;
  shutdown.stop(signal, (error) => {
    logger.log(error ? "error" : "info", "stopped", error ? { error: error.message } : undefined);
    process.exit(error ? 1 : 0);
  });
}

// A promise some library abandoned must not end the process that serves everyone else.
process.on("unhandledRejection", (reason) => {
  logger.log("error", "unhandled rejection", {
    error: reason instanceof Error ? reason.message : String(reason),
  });
});

process.on("SIGTERM", stop);
process.on("SIGINT", stop);
