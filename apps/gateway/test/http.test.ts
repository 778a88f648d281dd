// HTTP behaviour: GET and caching, 304s, CORS, /healthz, GraphiQL.
import { DatasetIndex, dataset, datasetInfo } from "@nato-russia/data";
import { describe, expect, it, vi } from "vitest";
import { CacheBudget } from "../src/cache/CacheBudget.js";
import { etagMatches } from "../src/http/etag.js";
import { get, getUrl, post, testGateway } from "./helpers.js";

const QUERY = `query Overview($first: Int) { events(first: $first) { totalCount edges { node { slug } } } }`;

describe("GET queries", () => {
  it("answer with ETag and Cache-Control tied to the dataset version", async () => {
    const response = await get(QUERY, { first: 3 });
    expect(response.status).toBe(200);
    expect(response.data.events.edges).toHaveLength(3);
    expect(response.headers.get("etag")).toMatch(
      new RegExp(`^"${datasetInfo.version.replace(/\./g, "\\.")}-[\\w-]+"$`),
    );
    expect(response.headers.get("cache-control")).toBe("public, max-age=300");
    expect(response.headers.get("vary")).toContain("Accept");
  });

  it("answer 304 with an empty body when If-None-Match matches", async () => {
    const first = await get(QUERY, { first: 4 });
    const etag = first.headers.get("etag")!;
    for (const ifNoneMatch of [etag, `W/${etag}`, `"other", ${etag}`, "*"]) {
      const again = await get(QUERY, { first: 4 }, { "if-none-match": ifNoneMatch });
      expect(again.status).toBe(304);
      expect(again.text).toBe("");
      expect(again.headers.get("etag")).toBe(etag);
      expect(again.headers.get("cache-control")).toBe("public, max-age=300");
    }
    const stale = await get(QUERY, { first: 4 }, { "if-none-match": '"0.0.0-stale"' });
    expect(stale.status).toBe(200);
    expect(stale.text).toBe(first.text);
  });

  it("give the same ETag to the same response, and another to another", async () => {
    const a = await get(QUERY, { first: 2 });
    const b = await get(QUERY, { first: 2 });
    const c = await get(QUERY, { first: 5 });
    expect(a.headers.get("etag")).toBe(b.headers.get("etag"));
    expect(c.headers.get("etag")).not.toBe(a.headers.get("etag"));
  });

  it("are not cacheable when they fail", async () => {
    const response = await get(`{ events(first: 500) { totalCount } }`);
    expect(response.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(response.headers.get("etag")).toBeNull();
    expect(response.headers.get("cache-control")).toBeNull();
    const conditional = await get(`{ events(first: 500) { totalCount } }`, undefined, {
      "if-none-match": "*",
    });
    expect(conditional.status).not.toBe(304);
  });

  it("cannot run mutations", async () => {
    const response = await testGateway().fetch(getUrl("mutation { x }"));
    expect(response.status).toBe(405);
  });
});

describe("the response cache of Fetch runtimes", () => {
  it("answers a repeated query, by GET or POST, without running it again", async () => {
    const index = new DatasetIndex(dataset.records);
    const filterEvents = vi.spyOn(index, "filterEvents");
    const yoga = testGateway({ dataset: index, runtime: "fetch" });
    const first = await post(QUERY, { first: 6 }, {}, yoga);
    const second = await post(QUERY, { first: 6 }, {}, yoga);
    const third = await get(QUERY, { first: 6 }, {}, yoga);
    expect(filterEvents).toHaveBeenCalledTimes(1);
    expect(second.text).toBe(first.text);
    expect(third.text).toBe(first.text);
    await post(QUERY, { first: 7 }, {}, yoga);
    expect(filterEvents).toHaveBeenCalledTimes(2);
  });

  it("is not in the Node gateway's pipeline, where the fast path is the one reply cache", async () => {
    const index = new DatasetIndex(dataset.records);
    const filterEvents = vi.spyOn(index, "filterEvents");
    const yoga = testGateway({ dataset: index });
    await post(QUERY, { first: 6 }, {}, yoga);
    const again = await get(QUERY, { first: 6 }, {}, yoga);
    expect(filterEvents).toHaveBeenCalledTimes(2);
    expect(again.headers.get("etag")).toMatch(/^"/);
  });

  it("never stores a rejected query, so the same document is rejected every time", async () => {
    const yoga = testGateway({ limits: { maxDepth: 3 }, runtime: "fetch" });
    const deep = `{ events { edges { node { slug } } } }`;
    for (let i = 0; i < 3; i++) {
      const response = await post(deep, undefined, {}, yoga);
      expect(response.errors?.[0]?.extensions?.code).toBe("MAX_DEPTH_EXCEEDED");
    }
  });

  it("can be turned off", async () => {
    const index = new DatasetIndex(dataset.records);
    const filterEvents = vi.spyOn(index, "filterEvents");
    const yoga = testGateway({
      dataset: index,
      runtime: "fetch",
      responseCache: { maxEntries: 0 },
    });
    await post(QUERY, { first: 1 }, {}, yoga);
    const again = await get(QUERY, { first: 1 }, {}, yoga);
    expect(filterEvents).toHaveBeenCalledTimes(2);
    expect(again.headers.get("etag")).toMatch(/^"/);
  });
});

describe("CacheBudget", () => {
  it("evicts the least recently used entry of any area past its entry bound", () => {
    const budget = new CacheBudget(1_000_000, 2);
    const a = budget.area<string>("a");
    const b = budget.area<string>("b");
    a.set("x", "A", 1);
    b.set("x", "B", 1);
    expect([a.get("x"), b.get("x")]).toEqual(["A", "B"]);
    a.get("x");
    b.set("y", "C", 1);
    expect([a.get("x"), b.get("x"), b.get("y"), budget.entries]).toEqual(["A", undefined, "C", 2]);
  });

  it("counts keys and values against one byte bound and refuses a value larger than it", () => {
    const budget = new CacheBudget(2_000, 100);
    const area = budget.area<string>("reply");
    area.set("k".repeat(300), "V", 100); // 100 + 2 × 306 key bytes + overhead
    expect(budget.usedBytes).toBeGreaterThan(700);
    area.set("huge", "H", 5_000);
    expect(area.get("huge")).toBeUndefined();
    area.set("b", "B", 1_000);
    expect(area.get("k".repeat(300))).toBeUndefined();
    expect(budget.usedBytes).toBeLessThanOrEqual(2_000);
  });
});

describe("etagMatches", () => {
  it("follows RFC 9110's weak comparison for If-None-Match", () => {
    expect(etagMatches('"1-a"', '"1-a"')).toBe(true);
    expect(etagMatches('W/"1-a"', '"1-a"')).toBe(true);
    expect(etagMatches('"x", "1-a"', '"1-a"')).toBe(true);
    expect(etagMatches("*", '"1-a"')).toBe(true);
    expect(etagMatches('"1-b"', '"1-a"')).toBe(false);
    expect(etagMatches(null, '"1-a"')).toBe(false);
  });
});

describe("CORS", () => {
  it("allows any origin by default", async () => {
    const response = await testGateway().fetch("http://localhost/graphql", {
      method: "OPTIONS",
      headers: {
        origin: "https://dashboard.example",
        "access-control-request-method": "POST",
        "access-control-request-headers": "content-type",
      },
    });
    expect(response.status).toBeLessThan(300);
    expect(response.headers.get("access-control-allow-origin")).toMatch(
      /^(\*|https:\/\/dashboard\.example)$/,
    );
  });

  it("allows only the configured origins", async () => {
    const yoga = testGateway({ corsOrigins: ["https://allowed.example"] });
    const allowed = await get(
      `{ dataset { version } }`,
      undefined,
      { origin: "https://allowed.example" },
      yoga,
    );
    expect(allowed.headers.get("access-control-allow-origin")).toBe("https://allowed.example");
    const other = await get(
      `{ dataset { version } }`,
      undefined,
      { origin: "https://evil.example" },
      yoga,
    );
    expect(other.headers.get("access-control-allow-origin")).not.toBe("https://evil.example");
  });
});

describe("/healthz", () => {
  it("answers 200 with the dataset version", async () => {
    const response = await testGateway().fetch("http://localhost/healthz");
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok", version: datasetInfo.version });
  });
});

describe("GraphiQL", () => {
  it("opens at /graphql in a browser with the default query", async () => {
    const response = await testGateway().fetch("http://localhost/graphql", {
      headers: { accept: "text/html" },
    });
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain("<title>NATO–Russia relations</title>");
    expect(html).toContain("query Overview");
  });
});

describe("a synthetic dataset", () => {
  it("is served through the same code path, with its own counts", async () => {
    const records = { ...dataset.records, events: dataset.records.events.slice(0, 3) };
    const yoga = testGateway({ dataset: new DatasetIndex(records) });
    const response = await post(
      `{ dataset { counts { events references } } events { totalCount } }`,
      undefined,
      {},
      yoga,
    );
    expect(response.data).toEqual({
      dataset: { counts: { events: 3, references: dataset.records.references.length } },
      events: { totalCount: 3 },
    });
  });
});
