import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";
import type { Encoding } from "../http/compression.js";
import { etagMatches } from "../http/etag.js";

/** A body as sent, with its headers. */
export interface Variant {
  headers: OutgoingHttpHeaders;
  body: Buffer;
}

/** A successful response kept as bytes, written again without running anything. */
export interface Reply extends Variant {
  /** GET replies only: their validator, and the headers of the 304 that answers it. */
  etag?: string;
  notModifiedHeaders?: OutgoingHttpHeaders;
  /** The body compressed, per encoding, once a client has accepted it (see createFastPath). */
  encoded: Partial<Record<Encoding, Variant>>;
  /** Compressions under way, so that concurrent requests share one. */
  encoding: Partial<Record<Encoding, Promise<Variant>>>;
}

// Set per connection or per response by Node, or recomputed for each body.
const NOT_COPIED = new Set([
  "content-length",
  "etag",
  "date",
  "connection",
  "keep-alive",
  "transfer-encoding",
]);

/** The headers a response shares with every other of its shape (see headerShape). */
export function headerTemplate(headers: Iterable<[string, string]>): OutgoingHttpHeaders {
  const template: OutgoingHttpHeaders = {};
  for (const [name, value] of headers) {
    const lower = name.toLowerCase();
    if (!NOT_COPIED.has(lower)) template[lower] = value;
  }
  return template;
}

/** A reply with `template`'s headers; with an ETag it can also be answered 304. */
export function createReply(template: OutgoingHttpHeaders, body: string, etag?: string): Reply {
  const bytes = Buffer.from(body);
  const headers = { ...template, "content-length": bytes.length };
  if (!etag) return { headers, body: bytes, encoded: {}, encoding: {} };
  // Like the response cache's 304: the validators and CORS headers, no content headers.
  const notModifiedHeaders: OutgoingHttpHeaders = { etag };
  for (const [name, value] of Object.entries(template)) {
    if (name !== "content-type") notModifiedHeaders[name] = value;
  }
  return {
    headers: { ...headers, etag },
    body: bytes,
    etag,
    notModifiedHeaders,
    encoded: {},
    encoding: {},
  };
}

/** The reply's body in an encoding, with its headers: the same ETag, as for the identity body. */
export function encodedVariant(reply: Reply, encoding: Encoding, body: Buffer): Variant {
  return {
    headers: { ...reply.headers, "content-encoding": encoding, "content-length": body.length },
    body,
  };
}

/** True when the request's If-None-Match names the reply's ETag: it is answered 304. */
export function notModified(req: IncomingMessage, reply: Reply): boolean {
  return reply.etag !== undefined && etagMatches(req.headers["if-none-match"] ?? null, reply.etag);
}

/** Writes a reply (its `variant`: identity by default), or 304 when If-None-Match names it. */
export function sendReply(
  req: IncomingMessage,
  res: ServerResponse,
  reply: Reply,
  variant: Variant = reply,
): void {
  if (notModified(req, reply)) {
    res.writeHead(304, reply.notModifiedHeaders);
    res.end();
    return;
  }
  res.writeHead(200, variant.headers);
  res.end(variant.body);
}
