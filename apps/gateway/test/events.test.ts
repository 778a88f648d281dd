// Every EventFilter field, both orders, and Relay pagination in both directions.
import { dataset, type EventFilter } from "@nato-russia/data";
import { describe, expect, it } from "vitest";
import { data, type Data } from "./helpers.js";

const EVENTS = `query ($filter: EventFilter, $orderBy: EventOrder, $first: Int, $after: String, $last: Int, $before: String) {
  events(filter: $filter, orderBy: $orderBy, first: $first, after: $after, last: $last, before: $before) {
    totalCount
    edges { cursor node { slug } }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  }
}`;

/** Every slug a query lists, page after page of 100 (one page when a size is given). */
async function slugs(variables: Record<string, unknown>): Promise<string[]> {
  const sized = "first" in variables || "last" in variables;
  const all: string[] = [];
  let after: string | undefined;
  for (;;) {
    const { events } = await data(EVENTS, { first: 100, ...variables, after });
    all.push(...events.edges.map((e: Data) => e.node.slug));
    if (sized || !events.pageInfo.hasNextPage) return all;
    after = events.pageInfo.endCursor;
  }
}

const expected = (filter: EventFilter, order: "DATE_ASC" | "DATE_DESC" = "DATE_ASC") =>
  dataset.filterEvents(filter, order).map((e) => e.slug);

describe("EventFilter", () => {
  const filters: [string, EventFilter][] = [
    ["from", { from: "2014" }],
    ["to", { to: "1999-12" }],
    ["from and to", { from: "2008-01-01", to: "2014-12-31" }],
    ["kinds", { kinds: ["ARMED_CONFLICT", "ANNEXATION"] }],
    ["relations", { relations: ["MATERIAL_CONFLICT"] }],
    ["actors", { actors: ["russia", "nato"] }],
    ["themes", { themes: [dataset.records.themes[0]!.slug] }],
    ["periods", { periods: [dataset.records.periods.at(-1)!.slug] }],
    ["countries", { countries: ["UA", "GE"] }],
    ["verification", { verification: ["IMPRECISE"] }],
    ["reference", { reference: "trenin-2009" }],
    ["text", { text: "crimea" }],
    [
      "all together",
      {
        from: "2000",
        actors: ["russia"],
        relations: ["MATERIAL_CONFLICT", "VERBAL_CONFLICT"],
        text: "russia",
      },
    ],
  ];

  it.each(filters)("filters by %s", async (_name, filter) => {
    const result = await slugs({ filter });
    expect(result).toEqual(expected(filter));
    expect(result.length).toBeGreaterThan(0);
    expect(result.length).toBeLessThan(dataset.records.events.length);
  });

  it("finds the events the issue names", async () => {
    expect(await slugs({ filter: { kinds: ["ANNEXATION"] } })).toContain("russia-annexes-crimea");
    expect(await slugs({ filter: { from: "2008", to: "2008", actors: ["georgia"] } })).toContain(
      "russia-invades-georgia",
    );
    expect(
      await slugs({ filter: { from: "2022-02", to: "2022-02", kinds: ["ARMED_CONFLICT"] } }),
    ).toContain("russia-invades-ukraine");
    expect(await slugs({ filter: { text: "vilnius summit" } })).toContain("vilnius-summit");
  });

  it("folds case and accents in text", async () => {
    expect(await slugs({ filter: { text: "CRIMÉA" } })).toEqual(expected({ text: "crimea" }));
  });
});

describe("orderBy", () => {
  it("DATE_ASC (the default) lists earliest first", async () => {
    const { events } = await data(
      `{ events(first: 100) { edges { node { slug date { start } } } } }`,
    );
    const starts = events.edges.map((e: Data) => e.node.date.start.slice(0, 4));
    expect(starts).toEqual([...starts].sort());
    expect(await slugs({ orderBy: "DATE_ASC" })).toEqual(expected({}));
  });

  it("DATE_DESC lists latest first", async () => {
    expect(await slugs({ orderBy: "DATE_DESC" })).toEqual(expected({}, "DATE_DESC"));
    expect(await slugs({ orderBy: "DATE_DESC" })).toEqual([...expected({})].reverse());
  });
});

describe("pagination", () => {
  const all = expected({});

  it("walks forward with first/after to the end", async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (; pages < 50; pages++) {
      const { events }: Data = await data(EVENTS, { first: 7, after });
      expect(events.totalCount).toBe(all.length);
      seen.push(...events.edges.map((e: Data) => e.node.slug));
      expect(events.pageInfo.hasPreviousPage).toBe(after !== null);
      expect(events.pageInfo.startCursor).toBe(events.edges[0]?.cursor ?? null);
      expect(events.pageInfo.endCursor).toBe(events.edges.at(-1)?.cursor ?? null);
      if (!events.pageInfo.hasNextPage) break;
      after = events.pageInfo.endCursor;
    }
    expect(seen).toEqual(all);
    expect(pages + 1).toBe(Math.ceil(all.length / 7));
  });

  it("walks backward with last/before to the start", async () => {
    const seen: string[] = [];
    let before: string | null = null;
    for (let pages = 0; pages < 50; pages++) {
      const { events }: Data = await data(EVENTS, { first: null, last: 6, before });
      expect(events.totalCount).toBe(all.length);
      seen.unshift(...events.edges.map((e: Data) => e.node.slug));
      expect(events.pageInfo.hasNextPage).toBe(before !== null);
      if (!events.pageInfo.hasPreviousPage) break;
      before = events.pageInfo.startCursor;
    }
    expect(seen).toEqual(all);
  });

  it("takes the last items of the list without a cursor", async () => {
    const { events } = await data(EVENTS, { first: null, last: 3 });
    expect(events.edges.map((e: Data) => e.node.slug)).toEqual(all.slice(-3));
    expect(events.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
  });

  it("paginates filtered lists and nested connections the same way", async () => {
    const first = await data(
      `{ actor(slug: "russia") { events(first: 2) { totalCount edges { cursor node { slug } } pageInfo { endCursor hasNextPage } } } }`,
    );
    const page1 = first.actor.events;
    const second = await data(
      `query ($after: String) { actor(slug: "russia") { events(first: 2, after: $after) { edges { node { slug } } } } }`,
      {
        after: page1.pageInfo.endCursor,
      },
    );
    const russia = dataset.eventsOfActor("russia").map((e) => e.slug);
    expect([...page1.edges, ...second.actor.events.edges].map((e: Data) => e.node.slug)).toEqual(
      russia.slice(0, 4),
    );
    expect(page1.totalCount).toBe(russia.length);
  });

  it("answers first: 0 with an empty page and the total", async () => {
    const { events } = await data(EVENTS, { first: 0 });
    expect(events.edges).toEqual([]);
    expect(events.totalCount).toBe(all.length);
  });

  it("pages search results", async () => {
    const query = `query ($after: String) { search(query: "russia", first: 5, after: $after) { totalCount edges { cursor score node { __typename } } pageInfo { hasNextPage endCursor } } }`;
    const page1 = (await data(query)).search;
    const page2 = (await data(query, { after: page1.pageInfo.endCursor })).search;
    const hits = dataset.search("russia");
    expect(page1.totalCount).toBe(hits.length);
    expect([...page1.edges, ...page2.edges].map((e: Data) => e.score)).toEqual(
      hits.slice(0, 10).map((h) => h.score),
    );
  });
});
