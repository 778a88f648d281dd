import type { Plugin } from "graphql-yoga";

/**
 * Adds `header` to every API response's Vary, with or without that request header, so that a
 * cache in front never serves one variant for another. 304s copy these headers (see
 * responseCache and Reply).
 * - Origin: CORS answers depend on it (an allowed origin is echoed back).
 * - Accept-Encoding: answers are compressed when the client accepts it (on Workers, by the
 *   platform).
 */
export function useVary(header: "Origin" | "Accept-Encoding"): Plugin {
  const named = new RegExp(`(^|,)\\s*${header}\\s*(,|$)`, "i");
  return {
    onResponse({ response }) {
      if (!named.test(response.headers.get("vary") ?? "")) response.headers.append("vary", header);
    },
  };
}
