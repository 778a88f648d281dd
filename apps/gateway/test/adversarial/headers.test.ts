// Class 10: security headers on static files, GraphiQL served by the server itself under a
// strict CSP, and an absolute-form request line that reaches the API, not the dashboard.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createNodeListener } from "../../src/nodeListener.js";
import { createStaticFiles } from "../../src/staticFiles.js";
import { testGateway } from "../helpers.js";
import { listen, type Listening } from "../listen.js";

let root: string;
let server: Listening;
beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), "headers-"));
  mkdirSync(join(root, "assets"));
  writeFileSync(join(root, "index.html"), "<!doctype html><title>app</title>");
  writeFileSync(join(root, "assets", "app-1.js"), "console.log(1)");
  const gateway = testGateway();
  const apiPaths = ["/graphql", "/healthz"];
  server = await listen(
    createNodeListener(gateway.listener, apiPaths, createStaticFiles(root, { apiPaths })),
  );
});
afterAll(async () => {
  await server.close();
  rmSync(root, { recursive: true, force: true });
});

/** A raw request line, as a proxy would send it. */
function raw(requestLine: string): Promise<string> {
  const { port } = new URL(server.base);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), "127.0.0.1");
    let text = "";
    socket.setEncoding("utf8").on("data", (chunk: string) => (text += chunk));
    socket.on("end", () => resolve(text));
    socket.on("error", reject);
    socket.write(
      `${requestLine}\r\nHost: 127.0.0.1\r\nAccept: application/json\r\nConnection: close\r\n\r\n`,
    );
  });
}

describe("headers", () => {
  it("protect every static file: nosniff, a CSP with frame-ancestors, X-Frame-Options", async () => {
    for (const path of ["/", "/assets/app-1.js", "/timeline"]) {
      const response = await fetch(`${server.base}${path}`);
      expect(response.status, path).toBe(200);
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
      expect(response.headers.get("x-frame-options")).toBe("DENY");
      const csp = response.headers.get("content-security-policy") ?? "";
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("script-src 'self'");
    }
  });

  it("serve GraphiQL whole from this server, under a CSP that allows only its own script", async () => {
    const response = await fetch(`${server.base}/graphql`, { headers: { accept: "text/html" } });
    const html = await response.text();
    expect(response.status).toBe(200);
    expect(html).not.toMatch(
      /<script[^>]+src=|<link[^>]+href="https?:|unpkg|jsdelivr|githubusercontent/,
    );
    const csp = response.headers.get("content-security-policy") ?? "";
    expect(csp).toMatch(/script-src 'sha256-[A-Za-z0-9+/=]+'(;|$)/);
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
  });

  it("send an absolute-form request line to the API, not to the dashboard", async () => {
    const query = encodeURIComponent("{ dataset { version } }");
    const text = await raw(`GET http://other.example/graphql?query=${query} HTTP/1.1`);
    expect(text).toMatch(/^HTTP\/1\.1 200/);
    expect(text).toContain('{"data":{"dataset":{"version"');
    expect(text).not.toContain("<title>app</title>");
  });
});
