import { createGraphQLError, type Plugin } from "graphql-yoga";

/**
 * Coded errors for two malformed requests yoga would otherwise answer badly: GET parameters or
 * a form body whose `variables`/`extensions` are not JSON (a 500, "Unexpected error."), and a
 * POST of a content type no parser reads (a 415 with no body at all).
 */
export function useMalformedRequestErrors(): Plugin {
  return {
    onRequestParse({ request, requestParser, setRequestParser, endResponse, fetchAPI }) {
      if (!requestParser) {
        // Other methods go on to yoga's own 405.
        if (request.method !== "POST") return;
        const body = JSON.stringify({
          errors: [
            {
              message: "Unsupported Content-Type: send application/json (or application/graphql)",
              extensions: { code: "UNSUPPORTED_MEDIA_TYPE" },
            },
          ],
        });
        endResponse(
          new fetchAPI.Response(body, {
            status: 415,
            headers: { "content-type": "application/json; charset=utf-8" },
          }),
        );
        return;
      }
      setRequestParser(async (req) => {
        try {
          return await requestParser(req);
        } catch (error) {
          if (!(error instanceof SyntaxError)) throw error;
          throw createGraphQLError("variables and extensions must be JSON objects", {
            extensions: { code: "BAD_REQUEST", http: { status: 400 } },
          });
        }
      });
    },
  };
}
