import type { IncomingMessage } from "node:http";
import { CSRF_HEADERS } from "../http/csrfHeaders.js";

/**
 * The key of a reply: every part of a request that can change the gateway's answer. The method
 * and URL (GET parameters), the headers that choose the content type (accept), CORS (origin)
 * and CSRF acceptance (content-type, the CSRF headers), and the body. If-None-Match is left out
 * on purpose: it only turns a 200 into a 304, which the fast path decides itself.
 */
export function replyKey(req: IncomingMessage, body: string): string {
  const h = req.headers;
  const csrf = CSRF_HEADERS.some((name) => h[name] !== undefined) ? "1" : "0";
  return `${req.method} ${req.url}\n${h.accept ?? ""}\n${h.origin ?? ""}\n${h["content-type"] ?? ""}\n${csrf}\n${body}`;
}

/** What a successful response's headers depend on: the method (ETag on GET), accept and origin. */
export function headerShape(req: IncomingMessage): string {
  return `${req.method}\n${req.headers.accept ?? ""}\n${req.headers.origin ?? ""}`;
}
