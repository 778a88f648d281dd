import type { IncomingMessage, ServerResponse } from "node:http";
import type { StaticFilesHandler } from "./staticFiles.js";

type Listener = (req: IncomingMessage, res: ServerResponse) => unknown;

/**
 * The request as the rest of the server expects it:
 * - an absolute-form request line (`GET http://host/graphql?…`, which proxies send and HTTP/1.1
 *   servers must accept) becomes its path and query, so it reaches the API and not the
 *   dashboard's index.html;
 * - HEAD of an API path runs as GET: Node already knows not to send a body for a HEAD.
 */
export function normaliseRequest(req: IncomingMessage, apiPaths: readonly string[]): void {
  const url = req.url ?? "/";
  if (!url.startsWith("/")) {
    try {
      const parsed = new URL(url);
      req.url = `${parsed.pathname}${parsed.search}`;
    } catch {
      req.url = "/";
    }
  }
  if (req.method === "HEAD") {
    const path = req.url!.split("?")[0];
    if (apiPaths.includes(path!)) req.method = "GET";
  }
}

/** The Node request listener: static files (if any) beside the gateway. */
export function createNodeListener(
  gateway: Listener,
  apiPaths: readonly string[],
  staticFiles?: StaticFilesHandler,
): Listener {
  return (req, res) => {
    normaliseRequest(req, apiPaths);
    if (staticFiles) staticFiles(req, res, () => void gateway(req, res));
    else void gateway(req, res);
  };
}
