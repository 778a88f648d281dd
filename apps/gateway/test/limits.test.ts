// Each public-API limit: its default admits real dashboard queries and rejects abuse with a code.
import { getIntrospectionQuery } from "graphql";
import { describe, expect, it } from "vitest";
import { DEFAULT_GRAPHIQL_QUERY } from "../src/createGateway.js";
import { DEFAULT_LIMITS } from "../src/limits.js";
import { data, errorCodes, expectClientError, post, testGateway } from "./helpers.js";

// Ten levels: events, edges, node, actors, actor, events, edges, node, actors, role (small
// pages, so that the cost stays under its own limit).
const DEPTH_10 = `{ events(first: 10) { edges { node { actors { actor { events(first: 10) { edges { node { actors { role } } } } } } } } } }`;
const DEPTH_11 = `{ events { edges { node { actors { actor { events { edges { node { actors { actor { slug } } } } } } } } } } }`;

describe("max depth", () => {
  it(`admits depth ${DEFAULT_LIMITS.maxDepth}`, async () => {
    expect(DEFAULT_LIMITS.maxDepth).toBe(10);
    await data(DEPTH_10);
  });

  it("rejects deeper queries with MAX_DEPTH_EXCEEDED", async () => {
    expect(await errorCodes(DEPTH_11)).toEqual(["MAX_DEPTH_EXCEEDED"]);
  });

  it("does not count an inline fragment as a level", async () => {
    await data(`{ search(query: "crimea", first: 1) { edges { node { ... on Event {
      actors { actor { events(first: 1) { edges { node { actors { role } } } } } } } } } } }`);
  });
});

describe("max aliases", () => {
  const aliased = (n: number) =>
    `{ ${Array.from({ length: n }, (_, i) => `a${i}: dataset { version }`).join(" ")} }`;

  it(`admits ${DEFAULT_LIMITS.maxAliases} aliases`, async () => {
    await data(aliased(DEFAULT_LIMITS.maxAliases));
  });

  it("rejects more with MAX_ALIASES_EXCEEDED", async () => {
    expect(await errorCodes(aliased(DEFAULT_LIMITS.maxAliases + 1))).toEqual([
      "MAX_ALIASES_EXCEEDED",
    ]);
  });
});

describe("max tokens", () => {
  it("admits GraphiQL's introspection query and its default query", async () => {
    await data(getIntrospectionQuery());
    await data(DEFAULT_GRAPHIQL_QUERY);
  });

  it("rejects a document over the limit with MAX_TOKENS_EXCEEDED", async () => {
    const query = `{ dataset { ${"version ".repeat(DEFAULT_LIMITS.maxTokens)} } }`;
    expect(await errorCodes(query)).toEqual(["MAX_TOKENS_EXCEEDED"]);
  });
});

describe("max cost", () => {
  it("admits a full page of 100 events with some twenty fields", async () => {
    await data(`{
      events(first: 100) {
        totalCount
        edges { cursor node { id slug title summary kind relation countries date { start end label year }
          actors { role actor { slug name } } themes { slug name } period { slug } verification { status } } }
        pageInfo { hasNextPage endCursor }
      }
    }`);
  });

  it("prices `nodes` like `edges`: by the page size already counted at the connection", async () => {
    await data(`{
      events(first: 100) {
        totalCount
        nodes { id slug title summary kind relation countries date { start end label year }
          actors { role actor { slug name } } themes { slug name } period { slug } verification { status } }
        pageInfo { hasNextPage endCursor }
      }
    }`);
    const query = `{ events(first: 100) { nodes { actors { actor { events(first: 100) { nodes { themes { slug name } } } } } } } }`;
    expect(await errorCodes(query)).toEqual(["MAX_COST_EXCEEDED"]);
  });

  it("prices one document by each request's page sizes, and checks its variables each time", async () => {
    const nested = `query Nested($inner: Int!) { events(first: 100) { edges { node { actors { actor {
      events(first: $inner) { edges { node { themes { slug name } } } } } } } } } }`;
    await data(nested, { inner: 1 });
    expect(await errorCodes(nested, { inner: 100 })).toEqual(["MAX_COST_EXCEEDED"]);
    await data(nested, { inner: 1 });
    expect(await errorCodes(nested, { inner: "many" })).toEqual(["BAD_USER_INPUT"]);
    expect(await errorCodes(nested, { inner: 100 })).toEqual(["MAX_COST_EXCEEDED"]);
  });

  it("rejects nested pages of 100 with MAX_COST_EXCEEDED", async () => {
    const query = `{ events(first: 100) { edges { node { actors { actor { events(first: 100) { edges { node { themes { slug name } } } } } } } } } }`;
    expect(await errorCodes(query)).toEqual(["MAX_COST_EXCEEDED"]);
  });
});

describe("max directives", () => {
  it("rejects more than the limit with MAX_DIRECTIVES_EXCEEDED", async () => {
    const fields = Array.from(
      { length: DEFAULT_LIMITS.maxDirectives + 1 },
      () => "version @include(if: true)",
    ).join(" ");
    expect(await errorCodes(`{ dataset { ${fields} } }`)).toEqual(["MAX_DIRECTIVES_EXCEEDED"]);
  });
});

describe("max items", () => {
  const small = testGateway({ limits: { maxItems: 10 } });

  it("admits pages within the request's budget", async () => {
    const response = await post(
      `{ a: events(first: 5) { edges { cursor } } b: events(first: 5) { edges { cursor } } }`,
      undefined,
      {},
      small,
    );
    expect(response.errors).toBeUndefined();
  });

  it("rejects items beyond it with MAX_ITEMS_EXCEEDED, including pages sized by variables", async () => {
    const response = await post(
      `query ($n: Int) { a: events(first: $n) { edges { cursor } } b: events(first: $n) { edges { cursor } } }`,
      { n: 6 },
      {},
      small,
    );
    expectClientError(response);
    expect(response.errors!.map((e) => e.extensions?.code)).toEqual(["MAX_ITEMS_EXCEEDED"]);
    expect(response.data).toBeUndefined();
  });

  it("counts a page's nodes like its edges", async () => {
    const response = await post(
      `{ a: events(first: 6) { nodes { slug } } b: events(first: 5) { nodes { slug } } }`,
      undefined,
      {},
      small,
    );
    expect(response.errors!.map((e) => e.extensions?.code)).toEqual(["MAX_ITEMS_EXCEEDED"]);
  });

  it("counts plain lists too, not only pages", async () => {
    const response = await post(
      `{ positions { about { slug } themes { slug } } }`,
      undefined,
      {},
      small,
    );
    expect(response.errors!.map((e) => e.extensions?.code)).toEqual(["MAX_ITEMS_EXCEEDED"]);
  });
});

describe("request body size", () => {
  it(`answers 413 with a JSON error above ${DEFAULT_LIMITS.maxBodyBytes} bytes`, async () => {
    const response = await post(`{ dataset { version } }`, {
      padding: "x".repeat(DEFAULT_LIMITS.maxBodyBytes),
    });
    expect(response.status).toBe(413);
    expect(response.errors?.[0]?.extensions?.code).toBe("REQUEST_ENTITY_TOO_LARGE");
  });
});

describe("CSRF prevention", () => {
  const send = (contentType: string, body: string, headers: Record<string, string> = {}) =>
    testGateway().fetch("http://localhost/graphql", {
      method: "POST",
      headers: { "content-type": contentType, ...headers },
      body,
    });
  const form = `query=${encodeURIComponent("{ dataset { version } }")}`;

  it("rejects a POST a cross-site form could send", async () => {
    for (const contentType of [
      "application/x-www-form-urlencoded",
      "text/plain",
      "multipart/form-data; boundary=x",
    ]) {
      const response = await send(contentType, form);
      expect(response.status).toBe(403);
      expect((await response.json()).errors[0].extensions.code).toBe("CSRF_PREVENTED");
    }
  });

  it("admits the same POST with a client-name header, and any JSON POST", async () => {
    const withHeader = await send("application/x-www-form-urlencoded", form, {
      "x-graphql-client-name": "dashboard",
    });
    expect(withHeader.status).toBe(200);
    const json = await send(
      "application/json",
      JSON.stringify({ query: "{ dataset { version } }" }),
    );
    expect(json.status).toBe(200);
  });

  it("leaves GET open, for HTTP caches", async () => {
    const response = await testGateway().fetch(
      `http://localhost/graphql?query=${encodeURIComponent("{ dataset { version } }")}`,
    );
    expect(response.status).toBe(200);
  });
});

describe("batching", () => {
  it("is off: one operation per request", async () => {
    const response = await testGateway().fetch("http://localhost/graphql", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify([
        { query: "{ dataset { version } }" },
        { query: "{ dataset { license } }" },
      ]),
    });
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
  });
});
