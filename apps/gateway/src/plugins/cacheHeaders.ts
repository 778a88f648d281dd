import type { Plugin } from "graphql-yoga";
import { etagMatches, etagOf } from "../http/etag.js";
import { successBody } from "./responseSize.js";

/**
 * HTTP caching for every runtime: a successful GET answer gets `ETag` (dataset version and a
 * hash of the body), `Cache-Control: public, max-age=…` and `Vary: Accept`. The 304 for a
 * matching If-None-Match is a separate plugin (useNotModified) so that what sits between the
 * two (the fast path's recorder) sees the full answer.
 */
export function useCacheHeaders(version: string, maxAgeSeconds: number): Plugin {
  const bodies = new WeakMap<Request, string>();
  const cacheControl = `public, max-age=${maxAgeSeconds}`;
  return {
    onExecutionResult({ request, result }) {
      if (request.method !== "GET") return;
      const body = successBody(result);
      if (body !== undefined) bodies.set(request, body);
    },
    onResponse({ request, response }) {
      const body = bodies.get(request);
      if (body === undefined || response.status !== 200) return;
      response.headers.set("etag", etagOf(version, body));
      response.headers.set("cache-control", cacheControl);
      response.headers.append("vary", "Accept");
    },
  };
}

/** Turns a GET answer whose ETag the request's If-None-Match names into a 304 without a body. */
export function useNotModified(): Plugin {
  return {
    onResponse({ request, response, setResponse, fetchAPI }) {
      const etag = response.headers.get("etag");
      if (request.method !== "GET" || !etag || response.status !== 200) return;
      if (!etagMatches(request.headers.get("if-none-match"), etag)) return;
      // A 304 keeps the validators and CORS headers of the full response, without its body.
      const headers = new fetchAPI.Headers(response.headers);
      headers.delete("content-type");
      headers.delete("content-length");
      setResponse(new fetchAPI.Response(null, { status: 304, headers }));
    },
  };
}
