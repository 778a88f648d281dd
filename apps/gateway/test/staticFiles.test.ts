// The static-file handler in front of the gateway, as server.ts mounts it when STATIC_DIR is set.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer, request, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createStaticFiles } from "../src/staticFiles.js";
import { testGateway } from "./helpers.js";

const INDEX = "<!doctype html><title>app</title>";
const ASSET = "console.log('app');";

let root: string;
let server: Server;
let port: number;

/** A raw GET or POST: fetch would resolve `..` itself and never send it. */
function send(path: string, method = "GET", body?: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: Record<string, unknown>; text: string }>(
    (resolve, reject) => {
      const req = request({ host: "127.0.0.1", port, path, method, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () => {
          const raw = Buffer.concat(chunks);
          const encoding = res.headers["content-encoding"];
          const decoded =
            encoding === "br"
              ? brotliDecompressSync(raw)
              : encoding === "gzip"
                ? gunzipSync(raw)
                : raw;
          resolve({ status: res.statusCode!, headers: res.headers, text: decoded.toString() });
        });
      });
      req.on("error", reject);
      if (body) req.setHeader("content-type", "application/json");
      req.end(body);
    },
  );
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), "static-files-"));
  const dist = join(root, "dist");
  mkdirSync(join(dist, "assets"), { recursive: true });
  writeFileSync(join(dist, "index.html"), INDEX);
  writeFileSync(join(dist, "assets", "index-Abc123.js"), ASSET);
  // As the dashboard's build writes them: compressed copies beside the files.
  writeFileSync(join(dist, "assets", "index-Abc123.js.br"), brotliCompressSync(ASSET));
  writeFileSync(join(dist, "assets", "index-Abc123.js.gz"), gzipSync(ASSET));
  writeFileSync(join(dist, "index.html.br"), brotliCompressSync(INDEX));
  writeFileSync(join(dist, ".env"), "SECRET=1");
  writeFileSync(join(root, "secret.txt"), "outside");

  const gateway = testGateway();
  const staticFiles = createStaticFiles(dist, { apiPaths: [gateway.graphqlEndpoint, "/healthz"] });
  server = createServer((req, res) => staticFiles(req, res, () => void gateway.listener(req, res)));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  rmSync(root, { recursive: true, force: true });
});

describe("static files", () => {
  it("serve index.html at / as HTML, revalidated on every visit", async () => {
    const res = await send("/");
    expect(res.status).toBe(200);
    expect(res.headers["content-type"]).toBe("text/html;charset=utf-8");
    expect(res.headers["cache-control"]).toBe("no-cache");
    expect(res.text).toBe(INDEX);
  });

  it("serve a hashed asset with its content type, cached for good", async () => {
    const res = await send("/assets/index-Abc123.js");
    expect(res.status).toBe(200);
    expect(res.headers["content-type"]).toBe("text/javascript");
    expect(res.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(res.text).toBe(ASSET);
  });

  it("answer unknown app paths with index.html, so the app's router owns them", async () => {
    for (const path of ["/events/russia-annexes-crimea", "/search?q=Vilnius", "/graphqlx"]) {
      const res = await send(path);
      expect(res.status, path).toBe(200);
      expect(res.text, path).toBe(INDEX);
    }
  });

  it("leave missing files with an extension to the API, which answers 404", async () => {
    const res = await send("/assets/missing-123.js");
    expect(res.status).toBe(404);
    expect(res.text).not.toBe(INDEX);
  });

  it("leave /graphql, GraphiQL and /healthz untouched", async () => {
    const get = await send("/graphql?query=%7Bdataset%7Bversion%7D%7D");
    expect(get.status).toBe(200);
    expect(JSON.parse(get.text).data.dataset.version).toMatch(/^\d+\.\d+\.\d+/);

    const post = await send("/graphql", "POST", JSON.stringify({ query: "{ dataset { name } }" }));
    expect(JSON.parse(post.text).data.dataset.name).toBe("@nato-russia/data");

    const graphiql = await send("/graphql", "GET", undefined, { accept: "text/html" });
    expect(graphiql.text).toContain("GraphiQL");
    expect(graphiql.text).not.toBe(INDEX);

    const health = await send("/healthz");
    expect(JSON.parse(health.text).status).toBe("ok");
  });

  it("leave other methods to the API", async () => {
    const res = await send("/", "POST", "{}");
    expect(res.text).not.toBe(INDEX);
  });

  it("never send a file outside the folder, nor a dotfile", async () => {
    for (const path of [
      "/../secret.txt",
      "/%2e%2e/secret.txt",
      "/..%2fsecret.txt",
      "/assets/..%2f..%2fsecret.txt",
      "/.env",
      "/%2eenv",
    ]) {
      const res = await send(path);
      expect(res.text, path).not.toContain("outside");
      expect(res.text, path).not.toContain("SECRET");
    }
  });

  it("refuse a folder without index.html", () => {
    expect(() => createStaticFiles(root + "/nowhere", { apiPaths: [] })).toThrow(/no index.html/);
  });

  it("send a pre-compressed copy as the client accepts it, with Content-Encoding and Vary", async () => {
    const path = "/assets/index-Abc123.js";
    const cases: [string | undefined, string | undefined][] = [
      ["gzip, deflate, br", "br"],
      ["gzip", "gzip"],
      ["br;q=0.5, gzip", "gzip"],
      ["br;q=0, gzip;q=0", undefined],
      [undefined, undefined],
    ];
    for (const [accept, expected] of cases) {
      const res = await send(path, "GET", undefined, accept ? { "accept-encoding": accept } : {});
      expect(res.status, accept).toBe(200);
      expect(res.headers["content-encoding"], accept).toBe(expected);
      expect(res.headers["content-type"]).toMatch(/javascript/);
      expect(res.headers.vary).toBe("Accept-Encoding");
      expect(res.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
      expect(res.text).toBe(ASSET);
    }
    // The app's own routes get index.html, compressed too.
    const route = await send("/events/some-event", "GET", undefined, { "accept-encoding": "br" });
    expect(route.headers["content-encoding"]).toBe("br");
    expect(route.text).toBe(INDEX);
  });
});
