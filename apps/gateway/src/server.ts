// Node entry: serves the gateway over HTTP until SIGTERM or SIGINT.
//   PORT          port to listen on (default 4000; 0 picks a free one)
//   HOST          address to bind (default 127.0.0.1; use 0.0.0.0 in a container)
//   CORS_ORIGINS  comma-separated allowed origins (default *: the API is public and read-only)
//   LOG_LEVEL     debug | info | warn | error | silent (default info)
//   SHUTDOWN_DRAIN_MS    how long the server keeps reading requests after SIGTERM (default 1000)
//   SHUTDOWN_TIMEOUT_MS  how long in-flight requests may take to finish on shutdown (default 10000)
//   PERSISTED_OPERATIONS       path of a persisted-operations manifest (hash → document), e.g.
//                              @nato-russia/client's persisted-documents.json
//   PERSISTED_OPERATIONS_ONLY  "true": accept only the manifest's operations
//   STATIC_DIR    a folder of static files (e.g. a built web app) to serve on non-API paths;
//                 relative to the working directory
//   WORKERS       processes serving the same port with node:cluster (default 1)
import cluster from "node:cluster";
import { readFileSync } from "node:fs";
import { createServer, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { dataset, datasetInfo } from "@nato-russia/data";
import { warmCitations } from "./citations.js";
import { createGateway } from "./createGateway.js";
import { createLogger } from "./logger.js";
import { runWorkers } from "./runWorkers.js";
import { createStaticFiles } from "./staticFiles.js";

const logger = createLogger();
const workers = Number(process.env.WORKERS ?? 1);
// The primary of a cluster only supervises; each worker runs the rest of this file.
if (workers > 1 && cluster.isPrimary) await runWorkers(workers, logger);
const port = Number(process.env.PORT ?? 4000);
const host = process.env.HOST ?? "127.0.0.1";
const corsOrigins = process.env.CORS_ORIGINS?.split(",")
  .map((origin) => origin.trim())
  .filter(Boolean);
const shutdownDrainMs = Number(process.env.SHUTDOWN_DRAIN_MS ?? 1000);
const shutdownTimeoutMs = Number(process.env.SHUTDOWN_TIMEOUT_MS ?? 10_000);

const manifestPath = process.env.PERSISTED_OPERATIONS;
const persistedOperations = manifestPath
  ? {
      manifest: JSON.parse(readFileSync(manifestPath, "utf8")) as Record<string, string>,
      only: process.env.PERSISTED_OPERATIONS_ONLY === "true",
    }
  : undefined;

const gateway = createGateway({
  logger,
  corsOrigins: corsOrigins?.length ? corsOrigins : "*",
  persistedOperations,
});

const staticFiles = process.env.STATIC_DIR
  ? createStaticFiles(process.env.STATIC_DIR, { apiPaths: [gateway.graphqlEndpoint, "/healthz"] })
  : undefined;

let stopping = false;
// Responses not yet sent; on shutdown they are told to close their connection when done.
const pending = new Set<ServerResponse>();

const server = createServer((req, res) => {
  const started = performance.now();
  pending.add(res);
  if (stopping) res.setHeader("connection", "close");
  res.on("close", () => pending.delete(res));
  res.on("finish", () =>
    logger.log("info", "request", {
      method: req.method,
      path: req.url?.split("?")[0],
      status: res.statusCode,
      ms: Math.round((performance.now() - started) * 10) / 10,
    }),
  );
  if (staticFiles) staticFiles(req, res, () => void gateway(req, res));
  else void gateway(req, res);
});

// Parsing the CSL styles takes seconds; do it before listening so /healthz means fast answers.
const warming = performance.now();
await warmCitations(dataset.source);
logger.log("info", "citation styles loaded", { ms: Math.round(performance.now() - warming) });

server.listen(port, host, () => {
  const { address, port: bound } = server.address() as AddressInfo;
  logger.log("info", "listening", {
    url: `http://${address.includes(":") ? `[${address}]` : address}:${bound}${gateway.graphqlEndpoint}`,
    port: bound,
    dataset: datasetInfo.version,
  });
});

function shutdown(signal: NodeJS.Signals): void {
  if (stopping) return;
  stopping = true;
  logger.log("info", "shutdown", { signal });
  // From now on every response closes its connection. For a moment the server still reads:
  // a request already on its way on an idle keep-alive socket is answered rather than reset,
  // and a load balancer has time to stop sending here.
  for (const res of pending) if (!res.headersSent) res.setHeader("connection", "close");
  setTimeout(() => {
    // close() stops accepting connections and waits for in-flight requests; idle keep-alive
    // sockets are closed now, busy ones as soon as their response is sent.
    server.close((error) => {
      logger.log(error ? "error" : "info", "stopped", error ? { error: error.message } : undefined);
      process.exit(error ? 1 : 0);
    });
    server.closeIdleConnections();
    setTimeout(() => {
      logger.log("warn", "shutdown timed out; closing open connections", {
        timeoutMs: shutdownTimeoutMs,
      });
      server.closeAllConnections();
    }, shutdownTimeoutMs).unref();
  }, shutdownDrainMs);
}

// A promise some library abandoned must not end the process that serves everyone else.
process.on("unhandledRejection", (reason) => {
  logger.log("error", "unhandled rejection", {
    error: reason instanceof Error ? reason.message : String(reason),
  });
});

process.on("SIGTERM", shutdown);
process.on("SIGINT", shutdown);
