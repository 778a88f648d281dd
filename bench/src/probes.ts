import { dataset, fold } from "@nato-russia/data";
import type { BenchRequest } from "./workloads.js";

// Each probe request differs from the others, so no cache answers it; the operation itself
// repeats, as a dashboard's does.
const post = (query: string, variables: object): BenchRequest => ({
  method: "POST",
  path: "/graphql",
  headers: { "content-type": "application/json" },
  body: JSON.stringify({ query, variables }),
});

const ACTORS = dataset.records.actors.map((actor) => actor.slug);
const KINDS = [...new Set(dataset.records.events.map((event) => event.kind))];
const DIMENSIONS = ["YEAR", "DECADE", "KIND", "RELATION", "ACTOR", "THEME", "PERIOD"];
// Frequent words of the real titles: every synthetic title carries one of them.
const WORDS = [
  ...new Set(
    dataset.records.events.flatMap((event) =>
      fold(event.title)
        .split(/[^a-z0-9]+/)
        .filter((word) => word.length >= 4),
    ),
  ),
].slice(0, 40);

const FILTERED = `query Filtered($from: String!, $to: String!, $actor: String!, $kind: EventKind!) {
  events(filter: { from: $from, to: $to, actors: [$actor], kinds: [$kind] }, first: 20) {
    totalCount
    edges { node { slug title kind relation date { label } } }
    pageInfo { hasNextPage endCursor }
  }
}`;
const SEARCH = `query Search($query: String!) {
  search(query: $query, first: 20) { totalCount edges { score node { __typename } } }
}`;
const STATS = `query Stats($by: EventStatsDimension!, $actor: String!, $from: String!) {
  eventStats(groupBy: $by, filter: { actors: [$actor], from: $from }) { key label count }
}`;

export const PROBES: Record<string, { title: string; request: (i: number) => BenchRequest }> = {
  filtered: {
    title: "filtered page (date range + actor + kind, first: 20)",
    request: (i) => {
      const from = 1945 + (i % 70);
      return post(FILTERED, {
        from: String(from),
        to: String(from + 10),
        actor: ACTORS[Math.floor(i / 70) % ACTORS.length],
        kind: KINDS[Math.floor(i / (70 * ACTORS.length)) % KINDS.length],
      });
    },
  },
  search: {
    title: "search (two words, first: 20)",
    request: (i) =>
      post(SEARCH, {
        query: `${WORDS[i % WORDS.length]} ${WORDS[Math.floor(i / WORDS.length) % WORDS.length]}`,
      }),
  },
  stats: {
    title: "event stats (one actor, from a year)",
    request: (i) =>
      post(STATS, {
        by: DIMENSIONS[i % DIMENSIONS.length],
        actor: ACTORS[Math.floor(i / DIMENSIONS.length) % ACTORS.length],
        from: String(1945 + 10 * (Math.floor(i / (DIMENSIONS.length * ACTORS.length)) % 8)),
      }),
  },
};
