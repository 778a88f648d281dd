import { createGraphQLError, type Plugin } from "graphql-yoga";
import { CSRF_HEADERS } from "../http/csrfHeaders.js";

// The content types a cross-site <form> can POST without a preflight.
const SIMPLE_CONTENT_TYPES = [
  "application/x-www-form-urlencoded",
  "multipart/form-data",
  "text/plain",
];

/**
 * CSRF prevention for POST: a POST must either declare a content type a form cannot send
 * (application/json, application/graphql) or carry one of CSRF_HEADERS, so it cannot be a
 * "simple" cross-site request that skips CORS. GET stays open so HTTP caches and CDNs work;
 * GET can only run queries, and the API holds no user data or cookies to ride on.
 */
export function useCsrfPrevention(): Plugin {
  return {
    onRequestParse({ request }) {
      if (request.method !== "POST") return;
      const contentType = request.headers.get("content-type")?.split(";")[0]?.trim().toLowerCase();
      const simple = !contentType || SIMPLE_CONTENT_TYPES.includes(contentType);
      if (!simple || CSRF_HEADERS.some((h) => request.headers.has(h))) return;
      throw createGraphQLError(
        `POST needs Content-Type: application/json or a ${CSRF_HEADERS[0]} header (CSRF prevention)`,
        { extensions: { code: "CSRF_PREVENTED", http: { status: 403 } } },
      );
    },
  };
}
