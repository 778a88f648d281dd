import type { Plugin } from "graphql-yoga";

/**
 * CORS answers depend on the request's Origin (an allowed origin is echoed back), so every
 * API response says so, with or without an Origin header: a CDN in front must not serve one
 * origin's answer to another. 304s copy these headers (see responseCache and Reply).
 */
export function useVaryOrigin(): Plugin {
  return {
    onResponse({ response }) {
      const vary = response.headers.get("vary") ?? "";
      if (!/(^|,)\s*origin\s*(,|$)/i.test(vary)) response.headers.append("vary", "Origin");
    },
  };
}
