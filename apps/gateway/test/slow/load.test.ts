// Load: 100 connections of a mixed workload against the real server for 30 s (LOAD_SECONDS):
// no errors, no timeouts, only 200s and 304s, and memory back where warm-up left it.
import autocannon, { type Request as AutocannonRequest } from "autocannon";
import { afterAll, describe, expect, it } from "vitest";
import { startServer, type StartedServer } from "../../src/testing/startServer.js";

const SECONDS = Number(process.env.LOAD_SECONDS ?? 30);
const WARM_UP_SECONDS = 5;
const CONNECTIONS = 100;

const TIMELINE = `query Timeline($from: String, $to: String) { events(filter: { from: $from, to: $to }, first: 100) { edges { node { slug title kind relation date { label } actors { role actor { name } } } } } }`;
const EVENT = `query Event($slug: String!) { event(slug: $slug) { title summary date { label } sources { quote passage { slug text } references { slug citation(style: CHICAGO) } } } }`;
const SEARCH = `query Search($q: String!) { search(query: $q, first: 10) { totalCount edges { score node { __typename ... on Event { slug title } ... on Reference { slug } } } } }`;
const STATS = `{ eventStats(groupBy: YEAR) { key label count } }`;
const PAGE = `query Page($from: String!, $first: Int!) { events(filter: { from: $from }, first: $first) { totalCount edges { node { slug title kind date { label } } } } }`;

let server: StartedServer | undefined;
afterAll(() => {
  if (server && server.child.exitCode === null) server.child.kill("SIGKILL");
});

const json = (query: string, variables?: object) => JSON.stringify({ query, variables });
const getPath = (query: string, variables?: object) =>
  `/graphql?${new URLSearchParams({ query, ...(variables && { variables: JSON.stringify(variables) }) })}`;

/** One of each: repeated POSTs and GETs, a 304, and a stream of never-repeated pages. */
function workload(etag: string): AutocannonRequest[] {
  const post = (body: string): AutocannonRequest => ({
    method: "POST",
    path: "/graphql",
    headers: { "content-type": "application/json" },
    body,
  });
  let page = 0;
  return [
    post(json(TIMELINE, { from: "1990", to: "1999" })),
    { method: "GET", path: getPath(EVENT, { slug: "russia-annexes-crimea" }) },
    { method: "GET", path: getPath(STATS), headers: { "if-none-match": etag } },
    post(json(SEARCH, { q: "nato" })),
    {
      ...post(""),
      setupRequest: (request) => {
        page++;
        const from = `${1945 + (page % 80)}-${String(1 + (page % 12)).padStart(2, "0")}`;
        return { ...request, body: json(PAGE, { from, first: 1 + (page % 20) }) };
      },
    },
  ];
}

function run(base: string, seconds: number, requests: AutocannonRequest[]) {
  return autocannon({ url: base, connections: CONNECTIONS, duration: seconds, requests });
}

describe("under load", () => {
  it(
    `serves ${CONNECTIONS} connections for ${SECONDS} s without an error, memory steady`,
    async () => {
      server = await startServer();
      const stats = await fetch(`${server.url}${getPath(STATS)}`);
      const etag = stats.headers.get("etag")!;
      expect(etag).toBeTruthy();

      const warmUp = await run(server.url, WARM_UP_SECONDS, workload(etag));
      expect(warmUp.errors).toBe(0);
      const rssWarm = server.rss();
      const result = await run(server.url, SECONDS, workload(etag));
      const rssAfter = server.rss();

      expect(result.errors).toBe(0);
      expect(result.timeouts).toBe(0);
      expect(Object.keys(result.statusCodeStats ?? {}).sort()).toEqual(["200", "304"]);
      expect(result.requests.total).toBeGreaterThan(SECONDS * 100);
      expect(rssAfter / rssWarm).toBeLessThanOrEqual(1.15);
      console.log(
        `load: ${Math.round(result.requests.average)} req/s, p99 ${result.latency.p99} ms, RSS ${Math.round(rssWarm / 2 ** 20)} → ${Math.round(rssAfter / 2 ** 20)} MiB`,
      );
    },
    (SECONDS + WARM_UP_SECONDS + 60) * 1000,
  );
});
