import type { Server, ServerResponse } from "node:http";
import type { Logger } from "./logger.js";

export interface ShutdownOptions {
  /** How long the server keeps serving as usual, so a load balancer can stop sending here. */
  drainMs: number;
  /** Then how long open requests and idle connections get before they are closed. */
  timeoutMs: number;
}

// After the listener closes, how long an idle keep-alive connection may still bring a request.
const IDLE_GRACE_MS = 1000;

/**
 * Graceful shutdown for an HTTP server, so that no client sees a reset:
 * 1. at the signal, requests in flight are answered with `Connection: close`;
 * 2. drain: for `drainMs` new requests are served as usual, on keep-alive connections, so no
 *    client has a reason to open new connections that a closing listener would reset;
 * 3. the listener closes, and every further response says `Connection: close`, after which
 *    Node ends its connection. Node's close() would also close idle connections at once,
 *    resetting a request already on its way; instead they get IDLE_GRACE_MS to send it;
 * 4. idle connections are then closed, and after `timeoutMs` whatever is still open.
 * `track` must see every response.
 */
export function createShutdown(server: Server, logger: Logger, options: ShutdownOptions) {
  let closing = false;
  const pending = new Set<ServerResponse>();

  const track = (res: ServerResponse) => {
    if (closing) res.setHeader("connection", "close");
    pending.add(res);
    res.on("close", () => pending.delete(res));
  };

  const stop = (signal: NodeJS.Signals, onClosed: (error?: Error) => void) => {
    logger.log("info", "shutdown", { signal });
    for (const res of pending) if (!res.headersSent) res.setHeader("connection", "close");
    setTimeout(() => {
      closing = true;
      for (const res of pending) if (!res.headersSent) res.setHeader("connection", "close");
      const closeIdle = server.closeIdleConnections.bind(server);
      server.closeIdleConnections = () => undefined;
      server.close((error) => onClosed(error));
      setTimeout(closeIdle, Math.min(IDLE_GRACE_MS, options.timeoutMs)).unref();
      setTimeout(() => {
        logger.log("warn", "shutdown timed out; closing open connections", {
          timeoutMs: options.timeoutMs,
        });
        server.closeAllConnections();
      }, options.timeoutMs).unref();
    }, options.drainMs);
  };

  return { track, stop };
}
