// The fast path in the Node listener: repeated requests answered from stored bytes, validated
// operations run with new variables, and every limit still in force however a request arrives.
import { createHash } from "node:crypto";
import { DatasetIndex, dataset, datasetInfo } from "@nato-russia/data";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createGateway, type GatewayOptions } from "../src/createGateway.js";
import { createLogger } from "../src/logger.js";
import { listen, type Listening } from "./listen.js";

const QUERY = `query Page($first: Int) { events(first: $first) { totalCount edges { node { slug } } } }`;
const open: Listening[] = [];

/** A gateway on a loopback port, counting the requests its GraphQL pipeline processes. */
async function serve(options: GatewayOptions = {}) {
  const index = new DatasetIndex(dataset.records);
  const filterEvents = vi.spyOn(index, "filterEvents");
  let pipelineRuns = 0;
  const logger = createLogger("debug", (line) => {
    if (line.includes('"Processing GraphQL Parameters"')) pipelineRuns++;
  });
  const server = await listen(createGateway({ dataset: index, logger, ...options }).listener);
  open.push(server);
  const send = async (path: string, init: RequestInit = {}) => {
    const response = await fetch(`${server.base}${path}`, init);
    return { status: response.status, headers: response.headers, text: await response.text() };
  };
  const post = (body: unknown, headers: Record<string, string> = {}) =>
    send("/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: typeof body === "string" ? body : JSON.stringify(body),
    });
  const get = (query: string, variables?: object, headers: Record<string, string> = {}) => {
    const search = new URLSearchParams({ query });
    if (variables) search.set("variables", JSON.stringify(variables));
    return send(`/graphql?${search}`, { headers });
  };
  return { send, post, get, filterEvents, pipelineRuns: () => pipelineRuns };
}

afterEach(async () => {
  await Promise.all(open.splice(0).map((server) => server.close()));
});

describe("the fast path", () => {
  it("answers a repeated request with the same bytes, without running anything", async () => {
    const gateway = await serve();
    const first = await gateway.post({ query: QUERY, variables: { first: 3 } });
    const again = await gateway.post({ query: QUERY, variables: { first: 3 } });
    expect(first.status).toBe(200);
    expect(again.text).toBe(first.text);
    expect(again.headers.get("content-type")).toBe(first.headers.get("content-type"));
    expect(gateway.filterEvents).toHaveBeenCalledTimes(1);
    expect(gateway.pipelineRuns()).toBe(1);
  });

  it("runs a validated document with new variables outside the pipeline, to the same bytes", async () => {
    const gateway = await serve();
    const reference = await serve({ fastPath: false });
    await gateway.post({ query: QUERY, variables: { first: 1 } });
    for (const first of [2, 5, 9]) {
      const fast = await gateway.post({ query: QUERY, variables: { first } });
      const slow = await reference.post({ query: QUERY, variables: { first } });
      expect(fast.text).toBe(slow.text);
      expect(fast.headers.get("content-type")).toBe(slow.headers.get("content-type"));
    }
    expect(gateway.pipelineRuns()).toBe(1);
    expect(gateway.filterEvents).toHaveBeenCalledTimes(4);
  });

  it("runs graphql-js instead of graphql-jit when asked, to the same bytes", async () => {
    const jit = await serve();
    const plain = await serve({ fastPath: { jit: false } });
    for (const gateway of [jit, plain])
      await gateway.post({ query: QUERY, variables: { first: 1 } });
    const a = await jit.post({ query: QUERY, variables: { first: 4 } });
    const b = await plain.post({ query: QUERY, variables: { first: 4 } });
    expect(a.text).toBe(b.text);
    expect(plain.pipelineRuns()).toBe(1);
  });

  it("answers GET with the pipeline's ETag, and 304 to If-None-Match", async () => {
    const gateway = await serve();
    const first = await gateway.get(QUERY, { first: 2 });
    const etag = first.headers.get("etag")!;
    expect(etag.startsWith(`"${datasetInfo.version}-`)).toBe(true);
    const again = await gateway.get(QUERY, { first: 2 });
    expect([again.text, again.headers.get("etag")]).toEqual([first.text, etag]);
    const notModified = await gateway.get(QUERY, { first: 2 }, { "if-none-match": etag });
    expect([notModified.status, notModified.text, notModified.headers.get("etag")]).toEqual([
      304,
      "",
      etag,
    ]);
    expect(notModified.headers.get("cache-control")).toBe("public, max-age=300");
    // New variables run on the fast path, with an ETag computed as the pipeline computes it.
    const fresh = await gateway.get(QUERY, { first: 6 });
    const reference = await (await serve({ fastPath: false })).get(QUERY, { first: 6 });
    expect(fresh.headers.get("etag")).toBe(reference.headers.get("etag"));
    expect(gateway.pipelineRuns()).toBe(1);
  });

  it("refuses a cross-site POST that a stored reply would otherwise match (CSRF)", async () => {
    const gateway = await serve();
    const form = `query=${encodeURIComponent(QUERY)}`;
    const formType = "application/x-www-form-urlencoded";
    const withHeader = await gateway.post(form, {
      "content-type": formType,
      "x-graphql-client-name": "dashboard",
    });
    expect(withHeader.status).toBe(200);
    const json = JSON.stringify({ query: QUERY });
    expect((await gateway.post(json)).status).toBe(200);
    for (const [body, type] of [
      [form, formType],
      [json, "text/plain"],
      [json, ""],
    ]) {
      const refused = await gateway.post(body!, { "content-type": type! });
      expect(refused.status).toBe(403);
      expect(JSON.parse(refused.text).errors[0].extensions.code).toBe("CSRF_PREVENTED");
    }
  });

  it("keeps every limit: a rejected document stays rejected, new variables are checked", async () => {
    const gateway = await serve({ limits: { maxDepth: 3, maxItems: 30 } });
    const deep = `{ events { edges { node { slug } } } }`;
    for (let i = 0; i < 3; i++) {
      const post = await gateway.post({ query: deep });
      const get = await gateway.get(deep);
      for (const answer of [post, get])
        expect(JSON.parse(answer.text).errors[0].extensions.code).toBe("MAX_DEPTH_EXCEEDED");
    }
    const paged = `query($first: Int) { events(first: $first) { edges { cursor } } actors(first: $first) { edges { cursor } } }`;
    expect((await gateway.post({ query: paged, variables: { first: 5 } })).status).toBe(200);
    const tooLarge = await gateway.post({ query: paged, variables: { first: 500 } });
    expect(JSON.parse(tooLarge.text).errors[0].extensions.code).toBe("BAD_USER_INPUT");
    const tooMany = await gateway.post({ query: paged, variables: { first: 20 } });
    expect(JSON.parse(tooMany.text).errors[0].extensions.code).toBe("MAX_ITEMS_EXCEEDED");
    const wrongType = await gateway.post({ query: paged, variables: { first: "five" } });
    expect(JSON.parse(wrongType.text).errors[0].extensions.code).toBe("BAD_USER_INPUT");
  });

  it("keeps the body limit: the same operation padded past it gets 413", async () => {
    const gateway = await serve({ limits: { maxBodyBytes: 2000 } });
    const padded = (size: number) => JSON.stringify({ query: QUERY + " ".repeat(size) });
    expect((await gateway.post(padded(1500))).status).toBe(200);
    expect((await gateway.post(padded(1500))).status).toBe(200);
    expect((await gateway.post(padded(3000))).status).toBe(413);
  });

  it("keeps persisted-only mode: a stored document sent as text is still refused", async () => {
    const document = "{ dataset { version } }";
    const hash = createHash("sha256").update(document).digest("hex");
    const gateway = await serve({
      persistedOperations: { manifest: { [`sha256:${hash}`]: document }, only: true },
    });
    const byHash = { extensions: { persistedQuery: { version: 1, sha256Hash: hash } } };
    for (let i = 0; i < 2; i++) expect((await gateway.post(byHash)).status).toBe(200);
    for (let i = 0; i < 2; i++) {
      const asText = await gateway.post({ query: document });
      expect(JSON.parse(asText.text)).toMatchObject({
        errors: [{ extensions: { code: "CANNOT_SEND_PQ_ID_AND_BODY" } }],
      });
    }
  });

  it("keeps CORS headers per origin, as the pipeline sets them", async () => {
    const options = { corsOrigins: ["https://allowed.example"] };
    const gateway = await serve(options);
    const reference = await serve({ ...options, fastPath: false });
    const cors = (headers: Headers) =>
      [...headers].filter(([name]) => name.startsWith("access-control") || name === "vary");
    for (const origin of ["https://allowed.example", "https://evil.example", undefined]) {
      const headers: Record<string, string> = origin ? { origin } : {};
      for (let i = 0; i < 2; i++) {
        const fast = await gateway.get(QUERY, undefined, headers);
        const slow = await reference.get(QUERY, undefined, headers);
        expect(cors(fast.headers)).toEqual(cors(slow.headers));
      }
    }
  });

  it("answers in the content type each client accepts", async () => {
    const gateway = await serve();
    const plain = await gateway.post({ query: QUERY }, { accept: "application/json" });
    const spec = await gateway.post(
      { query: QUERY },
      { accept: "application/graphql-response+json" },
    );
    const specAgain = await gateway.post(
      { query: QUERY },
      { accept: "application/graphql-response+json" },
    );
    expect(plain.headers.get("content-type")).toMatch(/^application\/json/);
    expect(spec.headers.get("content-type")).toMatch(/^application\/graphql-response\+json/);
    expect(specAgain.headers.get("content-type")).toBe(spec.headers.get("content-type"));
  });
});
