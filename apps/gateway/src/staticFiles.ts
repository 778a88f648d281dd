// Serves a folder of built static files, such as a single-page app, beside the API (STATIC_DIR).
import { existsSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import { join, resolve } from "node:path";
import sirv from "sirv";
import { negotiateEncoding } from "./http/compression.js";

export interface StaticFilesOptions {
  /** Paths left to the API; each covers itself and everything below it. */
  apiPaths: readonly string[];
  /** Folders of content-hashed files, cached for good; Vite writes its bundles to /assets/. */
  immutablePaths?: readonly string[];
}

/**
 * Sent with every static file. The dashboard loads only its own scripts and styles and talks
 * only to this server; React sets inline styles (charts), hence 'unsafe-inline' for styles.
 */
export const SECURITY_HEADERS = {
  "content-security-policy": [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; "),
  "x-content-type-options": "nosniff",
  "x-frame-options": "DENY",
  "referrer-policy": "strict-origin-when-cross-origin",
} as const;

export type StaticFilesHandler = (
  req: IncomingMessage,
  res: ServerResponse,
  next: () => void,
) => void;

/**
 * A request handler for the files in `dir`. A GET or HEAD of a file sends it with its content
 * type; of any other path without a file extension it sends `index.html`, so the app's own
 * router owns its URLs. API paths, other methods and missing files go to `next`. The files are
 * listed once, at startup, so nothing outside `dir` can be reached (no `..`, no symlink games).
 * A file with a `.br` or `.gz` copy beside it (the dashboard's build writes them) is sent as
 * that copy, with its Content-Encoding and `Vary: Accept-Encoding`, when the client accepts it:
 * nothing is compressed at request time.
 */
export function createStaticFiles(dir: string, options: StaticFilesOptions): StaticFilesHandler {
  const root = resolve(dir);
  if (!existsSync(join(root, "index.html")))
    throw new Error(`static files: ${root} has no index.html`);
  const immutablePaths = options.immutablePaths ?? ["/assets/"];
  const serve = sirv(root, {
    single: true,
    etag: true,
    brotli: true,
    gzip: true,
    setHeaders(res, pathname) {
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
      const immutable = immutablePaths.some((prefix) => pathname.startsWith(prefix));
      // index.html names the current bundles, so it is revalidated on every visit.
      res.setHeader(
        "cache-control",
        immutable ? "public, max-age=31536000, immutable" : "no-cache",
      );
    },
  });
  return (req, res, next) => {
    const pathname = (req.url ?? "/").split("?")[0]!;
    const api = options.apiPaths.some(
      (path) => pathname === path || pathname.startsWith(`${path}/`),
    );
    if (api || (req.method !== "GET" && req.method !== "HEAD")) return next();
    // sirv only looks for "br" and "gzip" in the header: it gets the one encoding negotiated
    // here, q-values honoured, and the request gets its own header back if sirv passes it on.
    const accepted = req.headers["accept-encoding"];
    req.headers["accept-encoding"] = negotiateEncoding(accepted) ?? "identity";
    serve(req, res, () => {
      req.headers["accept-encoding"] = accepted;
      next();
    });
  };
}
