import { getOperationAST } from "graphql";
import type { Plugin } from "graphql-yoga";
import type { CacheArea } from "../cache/CacheBudget.js";
import type { RequestCosts } from "./queryCost.js";
import { successBody } from "./responseSize.js";

/** A stored answer: its bytes, and the cost useQueryCost computed for it. */
export interface CachedAnswer {
  body: string;
  cost: number | "TOO_COMPLEX" | undefined;
}

/**
 * The reply cache of Fetch runtimes (Workers, Deno, Bun), where no Node listener sits in front
 * of yoga: serialized answers kept by document text, variables, operation name and extensions,
 * shared by GET and POST. On Node the fast path is the one reply cache instead.
 *
 * Only queries that ran to data without any error are stored, so a document refused by a
 * limit is refused again every time. Headers (ETag, Cache-Control) are useCacheHeaders' job,
 * and the cost headers useQueryCost's: a hit, which never executes, hands it the cost the
 * answer was stored with.
 */
export function useResponseCache(
  version: string,
  cache: CacheArea<CachedAnswer>,
  costs: RequestCosts,
): Plugin {
  const keys = new WeakMap<Request, string>();
  const hits = new WeakSet<Request>();
  const queries = new WeakSet<Request>();
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
      if (hit === undefined) return;
      const { body, cost } = hit;
      hits.add(request);
      if (cost !== undefined) costs.set(request, cost);
      // Yoga writes a result with its own `stringify`: a cached body is sent as it is.
      setResult({ stringify: () => body } as never);
    },
    onExecute({ args }) {
      // Reached only by documents that parsed and passed validation, limits included.
      const request = (args.contextValue as { request?: Request }).request;
      const operation = getOperationAST(args.document, args.operationName)?.operation;
      if (request && operation === "query") queries.add(request);
    },
    onExecutionResult({ request, result }) {
      const key = keys.get(request);
      if (!key || hits.has(request) || !queries.has(request)) return;
      const body = successBody(result);
      if (body === undefined) return;
      cache.set(key, { body, cost: costs.get(request) }, body.length * 2 + 64);
    },
  };
}
