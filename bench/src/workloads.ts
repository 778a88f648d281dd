/** One HTTP request of a workload. */
export interface BenchRequest {
  method: "GET" | "POST";
  path: string;
  headers: Record<string, string>;
  body?: string;
}

export interface Workload {
  name: string;
  /** What it stands for, for the report. */
  title: string;
  /** Request `i` of the workload; `etag` is the validator of the first response, for 304s. */
  request: (i: number, etag?: string) => BenchRequest;
  /** Distinct requests in the stream; 1 for a workload that repeats one request. */
  distinct: number;
  /** Apollo Server can serve it (it answers no conditional GET). */
  peer: boolean;
}

const TIMELINE = `query Timeline($from: String!, $to: String!) {
  events(filter: { from: $from, to: $to }, first: 100) {
    totalCount
    edges { node { slug title kind relation date { label year } actors { role actor { slug name } } } }
  }
}`;
const EVENT = `query Event($slug: String!) {
  event(slug: $slug) {
    slug title summary kind relation date { label }
    actors { role actor { name } }
    sources { quote passage { slug text } references { slug citation(style: CHICAGO) } }
    verification { status note references { slug citation(style: CHICAGO) } }
  }
}`;
const SEARCH = `query Search($query: String!) {
  search(query: $query, first: 10) {
    totalCount
    edges { score node { __typename ... on Event { slug title } ... on Reference { slug title } ... on Passage { slug } ... on Actor { slug name } } }
  }
}`;
const STATS = `query Stats {
  perYear: eventStats(groupBy: YEAR) { key label count }
  byActor: eventStats(groupBy: ACTOR, filter: { relations: [MATERIAL_CONFLICT, VERBAL_CONFLICT] }) { key label count }
  byKind: eventStats(groupBy: KIND) { key label count }
}`;
const HUNDRED_ROWS = `query Rows($query: String!) {
  search(query: $query, first: 100) {
    edges { score node { __typename ... on Event { slug title } ... on Reference { slug title } ... on Passage { slug } ... on Actor { slug name } ... on Theme { slug name } ... on Position { slug } ... on Period { slug name } } }
  }
}`;
/** A dashboard page whose variables change with every request. */
export const PAGE = `query Page($from: String!, $first: Int!, $orderBy: EventOrder) {
  events(filter: { from: $from }, first: $first, orderBy: $orderBy) {
    totalCount
    edges { node { slug title kind relation date { label } } }
  }
}`;

const JSON_HEADERS = { "content-type": "application/json" };
const post = (query: string, variables?: object): BenchRequest => ({
  method: "POST",
  path: "/graphql",
  headers: JSON_HEADERS,
  body: JSON.stringify({ query, variables }),
});
const get = (query: string, variables?: object, headers: Record<string, string> = {}) => {
  const search = new URLSearchParams({ query });
  if (variables) search.set("variables", JSON.stringify(variables));
  return { method: "GET", path: `/graphql?${search}`, headers } as BenchRequest;
};

// 80 years × 12 months × 20 page sizes × 2 orders: far more than any cache keeps.
const PAGES = 80 * 12 * 20 * 2;
function pageVariables(i: number) {
  const n = i % PAGES;
  return {
    from: `${1945 + (n % 80)}-${String(1 + (Math.floor(n / 80) % 12)).padStart(2, "0")}`,
    first: 1 + (Math.floor(n / 960) % 20),
    orderBy: Math.floor(n / 19_200) % 2 ? "DATE_DESC" : "DATE_ASC",
  };
}

// 80 start years × 12 months × 40 spans: every request's variables differ within 38,400.
const TIMELINES = 80 * 12 * 40;
function timelineVariables(i: number) {
  const n = i % TIMELINES;
  const year = 1945 + (n % 80);
  return {
    from: `${year}-${String(1 + (Math.floor(n / 80) % 12)).padStart(2, "0")}`,
    to: String(year + 1 + (Math.floor(n / 960) % 40)),
  };
}

const repeated = (request: BenchRequest) => () => request;

export const WORKLOADS: Workload[] = [
  {
    name: "timeline-post",
    title: "Timeline of a decade (kind, relation, date, actors), repeated POST",
    request: repeated(post(TIMELINE, { from: "2020", to: "2029" })),
    distinct: 1,
    peer: true,
  },
  {
    name: "timeline-get",
    title: "The same timeline, repeated GET",
    request: repeated(get(TIMELINE, { from: "2020", to: "2029" })),
    distinct: 1,
    peer: true,
  },
  {
    name: "timeline-304",
    title: "The same GET with If-None-Match: 304",
    request: (_i, etag) =>
      get(TIMELINE, { from: "2020", to: "2029" }, { "if-none-match": etag ?? "" }),
    distinct: 1,
    peer: false,
  },
  {
    name: "event-page",
    title: "Event page with sources and Chicago citations",
    request: repeated(post(EVENT, { slug: "russia-annexes-crimea" })),
    distinct: 1,
    peer: true,
  },
  {
    name: "search",
    title: "Search, 10 results of mixed types",
    request: repeated(post(SEARCH, { query: "crimea" })),
    distinct: 1,
    peer: true,
  },
  {
    name: "stats",
    title: "Event stats: per year, per actor, per kind",
    request: repeated(post(STATS)),
    distinct: 1,
    peer: true,
  },
  {
    name: "rows-100",
    title: "A 100-row page (search results)",
    request: repeated(post(HUNDRED_ROWS, { query: "russia" })),
    distinct: 1,
    peer: true,
  },
  {
    name: "distinct",
    title: "Distinct queries: one page document, never the same variables twice",
    request: (i) => post(PAGE, pageVariables(i)),
    distinct: PAGES,
    peer: true,
  },
  {
    name: "distinct-timeline",
    title: "Distinct 100-row timelines with actors: never the same variables twice",
    request: (i) => post(TIMELINE, timelineVariables(i)),
    distinct: TIMELINES,
    peer: true,
  },
  {
    name: "distinct-documents",
    title: "Distinct documents: a new alias every request (full pipeline; no target)",
    request: (i) =>
      post(`{ e${i}: events(first: 5) { totalCount edges { node { slug title } } } }`),
    distinct: 1_000_000,
    peer: true,
  },
];

export const workload = (name: string): Workload => {
  const found = WORKLOADS.find((w) => w.name === name);
  if (!found) throw new Error(`no workload ${name}`);
  return found;
};
