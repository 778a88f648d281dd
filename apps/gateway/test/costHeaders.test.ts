// Every answer to an operation says what it cost and what it may spend, in headers, over HTTP:
// from the pipeline, from the fast path's stored replies and its runs with new variables, in
// 304s, from the Fetch runtime's reply cache, and when the cost is over the limit.
import { afterEach, describe, expect, it } from "vitest";
import { createGateway, type GatewayOptions } from "../src/createGateway.js";
import { DEFAULT_LIMITS } from "../src/limits.js";
import { listen, type Listening } from "./listen.js";
import { silentLogger } from "./helpers.js";

const QUERY = `query Page($first: Int) { events(first: $first) { totalCount nodes { slug title } } }`;
const OTHER = `{ actors(first: 2) { nodes { slug } } dataset { version } }`;
const open: Listening[] = [];

async function serve(options: GatewayOptions = {}) {
  const server = await listen(createGateway({ logger: silentLogger, ...options }).listener);
  open.push(server);
  const send = async (path: string, init: RequestInit = {}) => {
    const response = await fetch(`${server.base}${path}`, init);
    const text = await response.text();
    const header = (name: string) => response.headers.get(name);
    return { status: response.status, headers: response.headers, header, text };
  };
  return {
    post: (query: string, variables?: object, headers: Record<string, string> = {}) =>
      send("/graphql", {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body: JSON.stringify({ query, variables }),
      }),
    get: (query: string, variables?: object, headers: Record<string, string> = {}) => {
      const search = new URLSearchParams({ query });
      if (variables) search.set("variables", JSON.stringify(variables));
      return send(`/graphql?${search}`, { headers });
    },
  };
}

/** The cost the gateway computes, read from the refusal of a gateway whose budget is 1. */
async function refusedCost(query: string, variables?: object): Promise<number> {
  const strict = await serve({ limits: { maxCost: 1 } });
  const response = await strict.post(query, variables);
  const error = JSON.parse(response.text).errors[0];
  expect(error.extensions.code).toBe("MAX_COST_EXCEEDED");
  return error.extensions.cost as number;
}

afterEach(async () => {
  await Promise.all(open.splice(0).map((server) => server.close()));
});

describe("cost headers", () => {
  it("report the operation's cost and the cost and item budgets", async () => {
    const gateway = await serve();
    const response = await gateway.post(QUERY, { first: 3 });
    expect(response.status).toBe(200);
    expect(response.header("x-query-cost")).toBe(String(await refusedCost(QUERY, { first: 3 })));
    expect(response.header("x-query-cost-limit")).toBe(String(DEFAULT_LIMITS.maxCost));
    expect(response.header("x-query-items-limit")).toBe(String(DEFAULT_LIMITS.maxItems));
    // Variables count: a larger page costs more.
    const larger = await gateway.post(QUERY, { first: 30 });
    expect(Number(larger.header("x-query-cost"))).toBeGreaterThan(
      Number(response.header("x-query-cost")),
    );
  });

  it("follow the limits the gateway was given", async () => {
    const gateway = await serve({ limits: { maxCost: 5000, maxItems: 300 } });
    const response = await gateway.post(OTHER);
    expect(response.header("x-query-cost-limit")).toBe("5000");
    expect(response.header("x-query-items-limit")).toBe("300");
  });

  it("are each request's own on the fast path: stored replies and runs with new variables", async () => {
    const fast = await serve();
    const reference = await serve({ fastPath: false });
    // The pipeline answers first and leaves a header template; then stored bytes, then new
    // variables run on the fast path with that template, then another document.
    for (const [query, variables] of [
      [QUERY, { first: 2 }],
      [QUERY, { first: 2 }],
      [QUERY, { first: 40 }],
      [QUERY, { first: 7 }],
      [OTHER, undefined],
      [QUERY, { first: 40 }],
    ] as const) {
      for (const send of [fast.post, fast.get]) {
        const got = await send(query, variables);
        const expected = await (send === fast.post ? reference.post : reference.get)(
          query,
          variables,
        );
        expect(got.status).toBe(200);
        expect(got.text).toBe(expected.text);
        for (const name of ["x-query-cost", "x-query-cost-limit", "x-query-items-limit"])
          expect(got.header(name), `${name} of ${JSON.stringify(variables)}`).toBe(
            expected.header(name),
          );
        expect(got.header("x-query-cost")).toMatch(/^\d+$/);
      }
    }
  });

  it("come with a 304, from the pipeline and from a stored reply alike", async () => {
    for (const options of [{ fastPath: false as const }, {}]) {
      const gateway = await serve(options);
      const first = await gateway.get(QUERY, { first: 4 });
      const etag = first.header("etag")!;
      expect(etag).toMatch(/^"/);
      const again = await gateway.get(QUERY, { first: 4 }, { "if-none-match": etag });
      expect(again.status).toBe(304);
      expect(again.header("x-query-cost")).toBe(first.header("x-query-cost"));
      expect(again.header("x-query-cost-limit")).toBe(String(DEFAULT_LIMITS.maxCost));
      // A new page runs on the fast path; its 304 has its own cost.
      const other = await gateway.get(QUERY, { first: 9 });
      const otherAgain = await gateway.get(
        QUERY,
        { first: 9 },
        { "if-none-match": other.header("etag")! },
      );
      expect(otherAgain.status).toBe(304);
      expect(otherAgain.header("x-query-cost")).toBe(other.header("x-query-cost"));
      expect(other.header("x-query-cost")).not.toBe(first.header("x-query-cost"));
    }
  });

  it("come from the Fetch runtime's reply cache as they came the first time", async () => {
    const gateway = await serve({ runtime: "fetch" });
    const first = await gateway.post(QUERY, { first: 5 });
    const cached = await gateway.post(QUERY, { first: 5 });
    expect(cached.text).toBe(first.text);
    expect(first.header("x-query-cost")).toBe(String(await refusedCost(QUERY, { first: 5 })));
    expect(cached.header("x-query-cost")).toBe(first.header("x-query-cost"));
    expect(cached.header("x-query-cost-limit")).toBe(String(DEFAULT_LIMITS.maxCost));
  });

  it("say what a refused operation would have cost", async () => {
    const gateway = await serve({ limits: { maxCost: 10 } });
    const response = await gateway.post(QUERY, { first: 50 });
    const error = JSON.parse(response.text).errors[0];
    expect(error.extensions.code).toBe("MAX_COST_EXCEEDED");
    expect(response.header("x-query-cost")).toBe(String(error.extensions.cost));
    expect(response.header("x-query-cost-limit")).toBe("10");
  });

  it("are readable by browsers on other origins", async () => {
    const gateway = await serve();
    const response = await gateway.post(OTHER, undefined, { origin: "https://example.org" });
    const exposed = response.header("access-control-expose-headers")!.split(/,\s*/);
    expect(exposed).toEqual(
      expect.arrayContaining(["etag", "x-query-cost", "x-query-cost-limit", "x-query-items-limit"]),
    );
  });

  it("are absent when no operation ran", async () => {
    const gateway = await serve();
    const invalid = await gateway.post(`{ noSuchField }`);
    expect(invalid.header("x-query-cost")).toBeNull();
    const health = await fetch(`${open.at(-1)!.base}/healthz`);
    expect(health.headers.get("x-query-cost")).toBeNull();
  });
});
