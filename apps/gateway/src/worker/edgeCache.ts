// GET answers through the Workers Cache API: a repeated GET is answered from the colo's cache,
// or with a 304, without running GraphQL.
import { etagMatches } from "../http/etag.js";

/** What the worker uses of a Cache (`caches.default` on Workers). */
export interface EdgeCache {
  match(request: Request): Promise<Response | undefined>;
  put(request: Request, response: Response): Promise<void>;
}

/**
 * The cache key of a GET: its URL (query, variables, operation name), the request headers the
 * answer depends on (Accept picks the content type, Origin the CORS headers) and the dataset
 * version, so that a deploy of a new release never meets an old entry. The Cache API keys by
 * URL alone, hence the headers in the query string of a key that is never fetched.
 */
export function cacheKey(request: Request, version: string): Request {
  const url = new URL(request.url);
  url.searchParams.set("~dataset", version);
  url.searchParams.set("~accept", request.headers.get("accept") ?? "");
  url.searchParams.set("~origin", request.headers.get("origin") ?? "");
  return new Request(url.toString(), { method: "GET" });
}

/** Kept: a 200 the gateway declared public (successful GETs, with an ETag). */
const cacheable = (response: Response) =>
  response.status === 200 &&
  response.headers.has("etag") &&
  /(^|,)\s*public\s*(,|$)/.test(response.headers.get("cache-control") ?? "");

/** The 304 for a request whose If-None-Match names the answer's ETag: the same headers, no body. */
export function notModified(request: Request, response: Response): Response | undefined {
  const etag = response.headers.get("etag");
  if (!etag || !etagMatches(request.headers.get("if-none-match"), etag)) return undefined;
  const headers = new Headers(response.headers);
  headers.delete("content-type");
  headers.delete("content-length");
  return new Response(null, { status: 304, headers });
}

/**
 * Answers a GET of the endpoint: from `cache` when it holds the answer, else from `handle` (the
 * gateway), keeping a cacheable answer for the next request (`waitUntil`: after the reply).
 * The gateway always gets the request without If-None-Match, so what is kept is the full
 * answer; the 304 is decided here, for hits and misses alike.
 */
export async function cachedGet(
  request: Request,
  handle: (request: Request) => Promise<Response>,
  cache: EdgeCache,
  version: string,
  waitUntil: (promise: Promise<unknown>) => void,
): Promise<Response> {
  const key = cacheKey(request, version);
  let response = await cache.match(key);
  if (!response) {
    const headers = new Headers(request.headers);
    headers.delete("if-none-match");
    response = await handle(new Request(request.url, { method: "GET", headers }));
    if (cacheable(response)) waitUntil(cache.put(key, response.clone()));
  }
  return notModified(request, response) ?? response;
}
