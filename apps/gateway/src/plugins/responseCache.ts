import { createHash } from "node:crypto";
import type { IncomingMessage } from "node:http";
import { getOperationAST, type ExecutionResult } from "graphql";
import { isAsyncIterable, type Plugin } from "graphql-yoga";
import type { ResponseCacheLimits } from "../limits.js";
import type { CacheArea } from "../cache/CacheBudget.js";

export interface CachedResponse {
  body: string;
  etag: string;
}

/** A plain result with data and nothing else: no errors, no extensions, not a stream. */
function isPlainSuccess(result: unknown): result is ExecutionResult {
  if (!result || isAsyncIterable(result)) return false;
  const { data, errors, extensions } = result as ExecutionResult;
  return Boolean(data) && !errors?.length && !extensions;
}

/** The ETag of a body: the dataset version and a hash, so a new release never matches an old body. */
export function etagOf(version: string, body: string): string {
  const hash = createHash("sha1").update(body).digest("base64url").slice(0, 22);
  return `"${version}-${hash}"`;
}

/** Told of each successful response served from an entry, before any 304 (see FastPath). */
export type OnServed = (
  serverContext: { req?: IncomingMessage },
  headers: Headers,
  entry: CachedResponse,
) => void;

/** True when an If-None-Match header names this ETag (weak comparison, as RFC 9110 asks for GET). */
export function etagMatches(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const strip = (tag: string) => tag.trim().replace(/^W\//, "");
  return ifNoneMatch.split(",").some((tag) => tag.trim() === "*" || strip(tag) === strip(etag));
}

/**
 * Caches serialized query responses in memory and makes GET responses cacheable over HTTP.
 *
 * The key is the full document text with variables, operation name and extensions, so GET and
 * POST share entries. Only queries that ran to data without any error are stored; a document
 * rejected by a limit is never stored and so is rejected again on every request. CSRF and
 * body-size checks run before parameters are parsed, so they apply to cached responses too.
 * The dataset is immutable within a version, which is part of every key and ETag.
 */
export function useResponseCache(
  version: string,
  limits: ResponseCacheLimits,
  cache: CacheArea<CachedResponse>,
  onServed?: OnServed,
): Plugin {
  const keys = new WeakMap<Request, string>();
  const queries = new WeakSet<Request>();
  const served = new WeakMap<Request, CachedResponse>();
  // Yoga writes a result with its own `stringify`: a cached body is sent without re-serializing.
  const serialized = (body: string): ExecutionResult & { stringify: () => string } => ({
    stringify: () => body,
  });
  const cacheControl = `public, max-age=${limits.maxAgeSeconds}`;

  return {
    onParams({ request, params, setResult }) {
      if (typeof params.query !== "string") return;
      let key: string;
      try {
        key = JSON.stringify([
          version,
          params.query,
          params.variables ?? null,
          params.operationName ?? null,
          params.extensions ?? null,
        ]);
      } catch {
        return; // variables nested too deep to serialize: not cached, and refused by execution
      }
      keys.set(request, key);
      const hit = cache.get(key);
      if (!hit) return;
      served.set(request, hit);
      setResult(serialized(hit.body));
    },
    onExecute({ args }) {
      // Reached only by documents that parsed and passed validation, limits included.
      const request = (args.contextValue as { request?: Request }).request;
      const operation = getOperationAST(args.document, args.operationName)?.operation;
      if (request && operation === "query") queries.add(request);
    },
    onExecutionResult({ request, result, setResult }) {
      const key = keys.get(request);
      if (!key || served.has(request) || !queries.has(request)) return;
      if (!isPlainSuccess(result)) return;
      // Serialized once already when the response-size limit measured it.
      const own = (result as { stringify?: () => string }).stringify;
      const body = own ? own() : JSON.stringify(result);
      const entry = { body, etag: etagOf(version, body) };
      cache.set(key, entry, body.length * 2 + entry.etag.length * 2);
      served.set(request, entry);
      setResult(serialized(body));
    },
    onResponse({ request, response, serverContext, setResponse, fetchAPI }) {
      const entry = served.get(request);
      if (!entry || response.status !== 200) return;
      if (request.method === "GET") {
        response.headers.set("etag", entry.etag);
        response.headers.set("cache-control", cacheControl);
        response.headers.append("vary", "Accept");
      }
      onServed?.(serverContext as { req?: IncomingMessage }, response.headers, entry);
      if (request.method !== "GET") return;
      if (!etagMatches(request.headers.get("if-none-match"), entry.etag)) return;
      // A 304 keeps the validators and CORS headers of the full response, without its body.
      const headers = new fetchAPI.Headers(response.headers);
      headers.delete("content-type");
      headers.delete("content-length");
      setResponse(new fetchAPI.Response(null, { status: 304, headers }));
    },
  };
}
