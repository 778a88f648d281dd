import { GraphQLError } from "graphql";
import { createGraphQLError, type Plugin } from "graphql-yoga";

/** A 415 with a coded JSON error. */
function unsupportedMediaType(fetchAPI: { Response: typeof Response }, message: string): Response {
  const body = JSON.stringify({
    errors: [{ message, extensions: { code: "UNSUPPORTED_MEDIA_TYPE" } }],
  });
  return new fetchAPI.Response(body, {
    status: 415,
    headers: { "content-type": "application/json; charset=utf-8" },
  });
}

/**
 * Coded errors for malformed requests yoga would otherwise answer badly:
 * - a body with a Content-Encoding (yoga decodes none, so a compressed body would be read as
 *   text and its bytes echoed in the JSON error): 415;
 * - a POST of a content type no parser reads (a 415 with no body at all): 415 with an error;
 * - GET parameters or a form body whose `variables`/`extensions` are not JSON (a 500,
 *   "Unexpected error."), and a body that is not JSON (whose `originalError` echoed the whole
 *   body): 400 with yoga's message and code only, never the parser's error or the input.
 */
export function useMalformedRequestErrors(): Plugin {
  return {
    onRequest({ request, endResponse, fetchAPI }) {
      const encoding = request.headers.get("content-encoding")?.trim().toLowerCase();
      if (!encoding || encoding === "identity") return;
      endResponse(
        unsupportedMediaType(
          fetchAPI,
          "Content-Encoding is not supported: send the body uncompressed",
        ),
      );
    },
    onRequestParse({ request, requestParser, setRequestParser, endResponse, fetchAPI }) {
      if (!requestParser) {
        // Other methods go on to yoga's own 405.
        if (request.method !== "POST") return;
        endResponse(
          unsupportedMediaType(
            fetchAPI,
            "Unsupported Content-Type: send application/json (or application/graphql)",
          ),
        );
        return;
      }
      setRequestParser(async (req) => {
        try {
          return await requestParser(req);
        } catch (error) {
          if (error instanceof SyntaxError) {
            throw createGraphQLError("variables and extensions must be JSON objects", {
              extensions: { code: "BAD_REQUEST", http: { status: 400 } },
            });
          }
          if (!(error instanceof GraphQLError)) throw error;
          const { code, http } = error.extensions as { code?: string; http?: { status?: number } };
          throw createGraphQLError(error.message, {
            extensions: { code: code ?? "BAD_REQUEST", http: { status: http?.status ?? 400 } },
          });
        }
      });
    },
  };
}
