// Node entry: serves the gateway over HTTP until SIGTERM or SIGINT.
//   PORT          port to listen on (default 4000; 0 picks a free one)
//   HOST          address to bind (default 127.0.0.1; use 0.0.0.0 in a container)
//   CORS_ORIGINS  comma-separated allowed origins (default *: the API is public and read-only)
//   LOG_LEVEL     debug | info | warn | error | silent (default info)
//   SHUTDOWN_TIMEOUT_MS  how long in-flight requests may take to finish on shutdown (default 10000)
//   PERSISTED_OPERATIONS       path of a persisted-operations manifest (hash → document), e.g.
//                              @nato-russia/client's persisted-documents.json
//   PERSISTED_OPERATIONS_ONLY  "true": accept only the manifest's operations
import { readFileSync } from "node:fs";
import { createServer, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { dataset, datasetInfo } from "@nato-russia/data";
import { warmCitations } from "./citations.js";
import { createGateway } from "./createGateway.js";
import { createLogger } from "./logger.js";

const logger = createLogger();
const port = Number(process.env.PORT ?? 4000);
const host = process.env.HOST ?? "127.0.0.1";
const corsOrigins = process.env.CORS_ORIGINS?.split(",")
  .map((origin) => origin.trim())
  .filter(Boolean);
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
  void gateway(req, res);
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
  // close() stops accepting connections and waits for in-flight requests; idle keep-alive
  // sockets are closed now, busy ones as soon as their response is sent.
  for (const res of pending) if (!res.headersSent) res.setHeader("connection", "close");
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
}

process.on("SIGTERM", shutdown);
process.on("SIGINT", shutdown);
