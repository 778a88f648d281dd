// Class 7: error hygiene. No internal error names or echo of the input in any response; a
// Content-Encoding the server does not decode gets 415; a subscription a coded error; HEAD
// /graphql is GET without a body.
import { request } from "node:http";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createNodeListener } from "../../src/nodeListener.js";
import { testGateway } from "../helpers.js";
import { listen, type Listening } from "../listen.js";

const gateway = testGateway();
let server: Listening;
beforeAll(async () => {
  server = await listen(createNodeListener(gateway.listener, ["/graphql", "/healthz"]));
});
afterAll(() => server.close());

const post = (body: string | Blob, headers: Record<string, string> = {}) =>
  fetch(`${server.base}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body,
  });

describe("error hygiene", () => {
  it("answers a body that is not JSON without the parser's error or the body", async () => {
    const body = `{"query": "{ dataset { version } }" ${"x".repeat(72_000)}`;
    const response = await post(body);
    const text = await response.text();
    expect(response.status).toBe(400);
    expect(text.length).toBeLessThan(300);
    expect(text).not.toMatch(/originalError|SyntaxError|xxxx/);
    expect(JSON.parse(text).errors[0].extensions.code).toBe("BAD_REQUEST");
  });

  it("refuses a Content-Encoding with 415, without echoing the bytes", async () => {
    for (const encoding of ["gzip", "br", "deflate", "x-unknown"]) {
      const response = await post(
        new Blob([gzipSync(JSON.stringify({ query: "{ dataset { version } }" }))]),
        {
          "content-encoding": encoding,
        },
      );
      const text = await response.text();
      expect(response.status, encoding).toBe(415);
      expect(JSON.parse(text).errors[0].extensions.code).toBe("UNSUPPORTED_MEDIA_TYPE");
      expect(text).not.toMatch(/\\u00|�/);
    }
  });

  it("answers a subscription and a mutation with OPERATION_NOT_SUPPORTED", async () => {
    for (const query of [
      "subscription { dataset { version } }",
      "mutation { dataset { version } }",
    ]) {
      const text = await (await post(JSON.stringify({ query }))).text();
      expect(
        JSON.parse(text).errors.map((e: { extensions: { code: string } }) => e.extensions.code),
      ).toContain("OPERATION_NOT_SUPPORTED");
    }
  });

  it("answers HEAD /graphql as GET, without a body", async () => {
    const path = `/graphql?query=${encodeURIComponent("{ dataset { version } }")}`;
    const get = await fetch(`${server.base}${path}`);
    await get.text();
    const head = await new Promise<{
      status: number;
      headers: Record<string, unknown>;
      body: string;
    }>((resolve, reject) => {
      const req = request(`${server.base}${path}`, { method: "HEAD" }, (res) => {
        let body = "";
        res.on("data", (chunk: Buffer) => (body += chunk.toString()));
        res.on("end", () => resolve({ status: res.statusCode!, headers: res.headers, body }));
      });
      req.on("error", reject);
      req.end();
    });
    expect(head.status).toBe(200);
    expect(head.body).toBe("");
    expect(head.headers["content-type"]).toBe(get.headers.get("content-type"));
    expect(head.headers.etag).toBe(get.headers.get("etag"));
  });

  it("never names an internal class or echoes a long input in an error", async () => {
    const long = "q".repeat(5000);
    for (const query of [
      `{ ${long} }`,
      `{ event(slug: "${long}") { slug } }`,
      `{ search(query: "${long}") { totalCount } }`,
    ]) {
      const text = await (await post(JSON.stringify({ query }))).text();
      expect(text).not.toMatch(/originalError|stack|Error:|at \w+ \(/);
      expect(text).not.toContain(long);
    }
  });
});
