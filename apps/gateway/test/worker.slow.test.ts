// The Cloudflare Workers build (dist-worker/worker.js, `pnpm build:worker`) run in workerd
// through Miniflare, with wrangler.toml's compatibility settings: its size and start-up against
// the platform's limits, the main queries, search, citations (bundled styles), a persisted
// operation (bundled manifest), error codes, the limits, ETag/304, and repeated GETs answered
// by the Cache API without running GraphQL.
import { readdirSync, readFileSync } from "node:fs";
import type { Readable } from "node:stream";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { Miniflare } from "miniflare";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const bundlePath = fileURLToPath(new URL("../dist-worker/worker.js", import.meta.url));
const wrangler = readFileSync(new URL("../wrangler.toml", import.meta.url), "utf8");
const manifest = JSON.parse(
  readFileSync(
    new URL("../../../packages/client/src/generated/persisted-documents.json", import.meta.url),
    "utf8",
  ),
) as Record<string, string>;

/** Workers free plan: 3 MB gzipped; every plan: 1 s of start-up (global scope) CPU. */
const FREE_PLAN_GZIP_BYTES = 3 * 1024 * 1024;
const STARTUP_LIMIT_MS = 1000;

const compatibilityDate = /^compatibility_date\s*=\s*"([^"]+)"/m.exec(wrangler)![1]!;
const compatibilityFlags = JSON.parse(
  /^compatibility_flags\s*=\s*(\[[^\]]*\])/m.exec(wrangler)![1]!,
) as string[];

/** CPU time (user + system, ms) the workerd processes under this one have used so far. */
function workerdCpuMs(): number {
  const tick = 10; // USER_HZ is 100 on Linux
  let total = 0;
  for (const pid of readdirSync("/proc").filter((name) => /^\d+$/.test(name))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      const comm = stat.slice(stat.indexOf("(") + 1, stat.lastIndexOf(")"));
      if (comm !== "workerd" || Number(fields[1]) !== process.pid) continue;
      total += (Number(fields[11]) + Number(fields[12])) * tick;
    } catch {
      // the process ended while being read
    }
  }
  return total;
}

/** Starts a worker; resolves once workerd serves it, with the CPU workerd spent on it. */
async function start(
  contents: string,
  bindings: Record<string, string>,
  onLine = (_: string) => {},
) {
  const mf = new Miniflare({
    modules: [{ type: "ESModule", path: "worker.js", contents }],
    compatibilityDate,
    compatibilityFlags,
    bindings,
    handleRuntimeStdio(stdout: Readable, stderr: Readable) {
      let pending = "";
      stdout.on("data", (chunk: Buffer) => {
        const lines = (pending + String(chunk)).split("\n");
        pending = lines.pop()!;
        lines.forEach(onLine);
      });
      stderr.resume();
    },
  });
  await mf.ready;
  // One request so that the worker's module is certainly evaluated, then the CPU so far.
  await (await mf.dispatchFetch("http://localhost/healthz")).text();
  return { mf, cpuMs: workerdCpuMs() };
}

let mf: Miniflare;
let startupCpuMs = 0;
const lines: string[] = [];
/**
 * What the gateway's debug log says so far, once workerd's output has gone quiet: requests that
 * reached yoga at all, and those it ran GraphQL for (not answered from its in-memory cache).
 */
async function logged(): Promise<{ reached: number; ran: number }> {
  let seen = -1;
  while (seen !== lines.length) {
    seen = lines.length;
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  const count = (msg: string) => lines.filter((line) => line.includes(`"msg":"${msg}"`)).length;
  return {
    reached: count("Parsing request to extract GraphQL parameters"),
    ran: count("Processing GraphQL Parameters"),
  };
}

beforeAll(async () => {
  const bundle = readFileSync(bundlePath, "utf8");
  // Start-up: workerd's CPU for this worker less its CPU for an empty one, each measured alone.
  const empty = await start("export default { fetch: () => new Response('ok') };", {});
  await empty.mf.dispose();
  const real = await start(bundle, { LOG_LEVEL: "debug" }, (line) => lines.push(line));
  mf = real.mf;
  startupCpuMs = real.cpuMs - empty.cpuMs;
}, 120_000);

afterAll(async () => {
  await mf?.dispose();
});

interface Answer {
  status: number;
  headers: Headers;
  text: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
}

async function send(path: string, init: RequestInit = {}): Promise<Answer> {
  const response = await mf.dispatchFetch(`http://localhost${path}`, init as never);
  const text = await response.text();
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    body = undefined;
  }
  return { status: response.status, headers: response.headers as unknown as Headers, text, body };
}

const get = (query: string, variables?: object, headers: Record<string, string> = {}) => {
  const search = new URLSearchParams({ query });
  if (variables) search.set("variables", JSON.stringify(variables));
  return send(`/graphql?${search}`, { headers: { accept: "application/json", ...headers } });
};

describe("the Workers build", () => {
  it("weighs under the free plan's 3 MB gzipped and starts within the 1 s start-up limit", () => {
    const bytes = readFileSync(bundlePath);
    const gzipped = gzipSync(bytes, { level: 9 }).length;
    console.log(
      `worker.js: ${bytes.length} B, ${gzipped} B gzipped (limit ${FREE_PLAN_GZIP_BYTES}); start-up: ${startupCpuMs} ms of workerd CPU beyond an empty worker's (limit ${STARTUP_LIMIT_MS})`,
    );
    expect(gzipped).toBeLessThan(FREE_PLAN_GZIP_BYTES);
    expect(startupCpuMs).toBeGreaterThanOrEqual(0);
    expect(startupCpuMs).toBeLessThan(STARTUP_LIMIT_MS);
  });

  it("answers the main queries: dataset, filtered events, an event, stats, search, a citation", async () => {
    const { status, body } = await get(
      `query Main($slug: String!) {
        dataset { version counts { events } }
        events(filter: { from: "2014", actors: ["russia"] }, first: 3) { totalCount edges { node { slug date { label } } } }
        event(slug: $slug) { title }
        eventStats(groupBy: DECADE) { label count }
        search(query: "ionascu", first: 1) { edges { node { __typename ... on Reference { citation(style: CHICAGO) } } } }
      }`,
      { slug: "nato-founded" },
    );
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data.dataset.counts.events).toBeGreaterThan(0);
    expect(body.data.events.edges).toHaveLength(3);
    expect(body.data.event.title).toMatch(/NATO/);
    expect(body.data.eventStats.length).toBeGreaterThan(3);
    // Chicago comes from a bundled CSL file: "Author. Year." at the start.
    expect(body.data.search.edges[0].node.citation).toMatch(/^Ionașcu?.*\b\d{4}\./i);
  });

  it("serves a persisted operation by hash from the bundled manifest", async () => {
    const [hash, document] = Object.entries(manifest).find(([, text]) =>
      text.includes("query Dataset"),
    )!;
    expect(document).toBeDefined();
    const search = new URLSearchParams({
      extensions: JSON.stringify({
        persistedQuery: { version: 1, sha256Hash: hash.replace(/^sha256:/, "") },
      }),
    });
    const { status, body } = await send(`/graphql?${search}`, {
      headers: { accept: "application/json" },
    });
    expect(status).toBe(200);
    expect(body.data.dataset.version).toMatch(/^\d+\.\d+\.\d+/);
  });

  it("answers bad input and the limits with their codes", async () => {
    const bad = await get(`{ events(filter: { from: "2023-13-01" }) { totalCount } }`);
    expect(bad.body.errors[0].extensions.code).toBe("BAD_DATE");
    const page = await get(`{ events(first: 101) { totalCount } }`);
    expect(page.body.errors[0].extensions.code).toBe("BAD_USER_INPUT");
    const deep = await get(
      `{ events { edges { node { actors { actor { events { edges { node { actors { actor { slug } } } } } } } } } } }`,
    );
    expect(deep.body.errors[0].extensions.code).toBe("MAX_DEPTH_EXCEEDED");
    const aliases = await get(
      `{ ${Array.from({ length: 16 }, (_, i) => `a${i}: dataset { version }`).join(" ")} }`,
    );
    expect(aliases.body.errors[0].extensions.code).toBe("MAX_ALIASES_EXCEEDED");
    const mutation = await send("/graphql", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "mutation { x }" }),
    });
    expect(mutation.body.errors[0].message).toMatch(/mutation|query/i);
    expect(mutation.text).not.toMatch(/\bat \w+ \(/); // no stack trace
  });

  it("gives GET answers an ETag and Cache-Control, and 304 for a matching If-None-Match", async () => {
    const query = `{ events(first: 5) { edges { node { slug } } } }`;
    const first = await get(query);
    expect(first.status).toBe(200);
    const etag = first.headers.get("etag")!;
    expect(etag).toMatch(/^"\d+\.\d+\.\d+-[\w-]+"$/);
    expect(first.headers.get("cache-control")).toBe("public, max-age=300");
    expect(first.headers.get("vary")).toMatch(/Origin.*Accept.*Accept-Encoding/);
    const again = await get(query, undefined, { "if-none-match": etag });
    expect(again.status).toBe(304);
    expect(again.text).toBe("");
    expect(again.headers.get("etag")).toBe(etag);
    const other = await get(query, undefined, { "if-none-match": '"0.0.0-other"' });
    expect(other.status).toBe(200);
  });

  it("answers repeated GETs from the Cache API, without reaching GraphQL at all", async () => {
    const query = `{ actors(first: 7) { edges { node { slug name } } } }`;
    const before = await logged();
    const first = await get(query);
    expect(first.status).toBe(200);
    expect(first.headers.get("cf-cache-status")).toBeNull();
    expect(await logged()).toEqual({ reached: before.reached + 1, ran: before.ran + 1 });
    // cache.put runs after the answer (waitUntil): wait for the entry.
    let hit = await get(query);
    for (let i = 0; i < 50 && hit.headers.get("cf-cache-status") !== "HIT"; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      hit = await get(query);
    }
    const cached = await logged();
    for (let i = 0; i < 3; i++) {
      const repeat = await get(query);
      expect(repeat.headers.get("cf-cache-status")).toBe("HIT");
      expect(repeat.text).toBe(first.text);
      expect(repeat.headers.get("etag")).toBe(first.headers.get("etag"));
    }
    const revalidated = await get(query, undefined, {
      "if-none-match": first.headers.get("etag")!,
    });
    expect(revalidated.status).toBe(304);
    expect(await logged()).toEqual(cached);
    // Another Origin is another entry (its CORS headers differ): it reaches the gateway.
    const other = await get(query, undefined, { origin: "https://example.org" });
    expect(other.headers.get("access-control-allow-origin")).toBe("https://example.org");
    expect((await logged()).reached).toBe(cached.reached + 1);
  });

  it("sends POSTs to the gateway every time: the Cache API keeps GETs only", async () => {
    const post = () =>
      send("/graphql", {
        method: "POST",
        headers: { "content-type": "application/json", accept: "application/json" },
        body: JSON.stringify({ query: "{ dataset { license } }" }),
      });
    const before = await logged();
    const first = await post();
    await post();
    expect(first.body.data.dataset.license).toBeTruthy();
    // Both reach yoga; the second is answered from its in-memory reply cache.
    expect(await logged()).toEqual({ reached: before.reached + 2, ran: before.ran + 1 });
  });
});
