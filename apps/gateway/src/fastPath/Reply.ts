import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";
import { etagMatches } from "../http/etag.js";

/** A successful response kept as bytes, written again without running anything. */
export interface Reply {
  headers: OutgoingHttpHeaders;
  body: Buffer;
  /** GET replies only: their validator, and the headers of the 304 that answers it. */
  etag?: string;
  notModifiedHeaders?: OutgoingHttpHeaders;
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
  if (!etag) return { headers, body: bytes };
  // Like the response cache's 304: the validators and CORS headers, no content headers.
  const notModifiedHeaders: OutgoingHttpHeaders = { etag };
  for (const [name, value] of Object.entries(template)) {
    if (name !== "content-type") notModifiedHeaders[name] = value;
  }
  return { headers: { ...headers, etag }, body: bytes, etag, notModifiedHeaders };
}

/** Writes a reply, or 304 when the request's If-None-Match names its ETag. */
export function sendReply(req: IncomingMessage, res: ServerResponse, reply: Reply): void {
  if (reply.etag && etagMatches(req.headers["if-none-match"] ?? null, reply.etag)) {
    res.writeHead(304, reply.notModifiedHeaders);
    res.end();
    return;
  }
  res.writeHead(200, reply.headers);
  res.end(reply.body);
}
