import { createHash } from "node:crypto";
import { renderGraphiQL } from "@graphql-yoga/render-graphiql";
import type { Plugin } from "graphql-yoga";

type GraphiQLOptions = Parameters<typeof renderGraphiQL>[0];

/**
 * GraphiQL served whole from this server (its scripts, styles and editor workers are inlined by
 * @graphql-yoga/render-graphiql), so it works offline and loads nothing from a CDN. The page is
 * rendered once; its one inline script is allowed by hash, so the page runs under a CSP that
 * allows nothing else.
 */
export function createGraphiQL() {
  let page: { html: string; csp: string } | undefined;
  const render = (options: GraphiQLOptions) => {
    if (!page) {
      const html = renderGraphiQL(options);
      const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map(
        ([, body]) => `'sha256-${createHash("sha256").update(body!).digest("base64")}'`,
      );
      page = {
        html,
        csp: [
          "default-src 'none'",
          `script-src ${scripts.join(" ")}`,
          // Monaco's editor workers are made from blobs, and it styles its own elements inline.
          "worker-src blob:",
          "style-src 'unsafe-inline'",
          "img-src data:",
          "font-src data:",
          "connect-src 'self'",
          "base-uri 'none'",
          "form-action 'none'",
          "frame-ancestors 'none'",
        ].join("; "),
      };
    }
    return page.html;
  };
  const plugin: Plugin = {
    onResponse({ response }) {
      if (!page || !response.headers.get("content-type")?.startsWith("text/html")) return;
      response.headers.set("content-security-policy", page.csp);
      response.headers.set("x-content-type-options", "nosniff");
      response.headers.set("x-frame-options", "DENY");
    },
  };
  return { render, plugin };
}
