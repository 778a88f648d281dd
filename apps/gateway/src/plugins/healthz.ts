import type { Plugin } from "graphql-yoga";

/**
 * GET /healthz answers 200 with the dataset version. The schema is built and the dataset
 * indexed before the gateway exists, so any process that answers is ready.
 */
export function useHealthz(version: string): Plugin {
  const body = JSON.stringify({ status: "ok", version });
  return {
    onRequest({ url, endResponse, fetchAPI }) {
      if (url.pathname !== "/healthz") return;
      endResponse(
        new fetchAPI.Response(body, {
          status: 200,
          headers: {
            "content-type": "application/json; charset=utf-8",
            "cache-control": "no-store",
          },
        }),
      );
    },
  };
}
