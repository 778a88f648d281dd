// Every query of the contract, answered from the released dataset and checked against its query layer.
import { dataset, datasetInfo } from "@nato-russia/data";
import { describe, expect, it } from "vitest";
import { data, type Data } from "./helpers.js";

const globalId = (type: string, slug: string) => Buffer.from(`${type}:${slug}`).toString("base64");

describe("event", () => {
  it("returns an event with its actors, themes, period, sources and verification", async () => {
    const { event } = await data(`{
      event(slug: "russia-annexes-crimea") {
        id slug title summary kind relation countries
        date { start end precision year label }
        actors { role actor { slug name } }
        themes { slug name }
        period { slug name }
        sources { quote passage { slug text } references { slug } }
        verification { status note references { slug role } }
      }
    }`);
    const record = dataset.getEvent("russia-annexes-crimea")!;
    expect(event).toMatchObject({
      id: globalId("Event", record.slug),
      slug: record.slug,
      title: record.title,
      kind: record.kind,
      relation: record.relation,
      countries: record.countries,
      date: {
        start: record.date.start,
        year: Number(record.date.start.slice(0, 4)),
        label: record.date.label,
      },
    });
    expect(event.actors.map((a: Data) => a.actor.slug)).toEqual(record.actors.map((a) => a.actor));
    expect(event.actors.map((a: Data) => a.role)).toEqual(record.actors.map((a) => a.role));
    expect(event.themes.map((t: Data) => t.slug)).toEqual(record.themes);
    expect(event.period?.slug).toBe(record.period);
    expect(event.sources).toHaveLength(record.sources.length);
    for (const [i, source] of event.sources.entries()) {
      expect(source.passage.slug).toBe(record.sources[i]!.passage);
      expect(source.references.map((r: Data) => r.slug)).toEqual(record.sources[i]!.references);
    }
    expect(event.verification.status).toBe(record.verification.status);
    expect(event.verification.references.map((r: Data) => r.slug)).toEqual(
      record.verification.references,
    );
  });

  it("returns null for an unknown slug", async () => {
    expect((await data(`{ event(slug: "no-such-event") { slug } }`)).event).toBeNull();
  });
});

describe("events", () => {
  it("lists every event in date order with totalCount", async () => {
    const { events } = await data(
      `{ events(first: 100) { totalCount edges { cursor node { slug } } } }`,
    );
    const all = dataset.filterEvents();
    expect(events.totalCount).toBe(all.length);
    expect(events.edges.map((e: Data) => e.node.slug)).toEqual(
      all.slice(0, 100).map((e) => e.slug),
    );
  });

  it("gives every connection's page as `nodes` beside `edges`, in the same order", async () => {
    const result = await data(`{
      events(first: 7) { nodes { slug } edges { node { slug } } }
      actors(first: 3) { nodes { slug } edges { node { slug } } }
      references(first: 3) { nodes { slug } edges { node { slug } } }
      passages(first: 3) { nodes { slug } edges { node { slug } } }
      search(query: "russia", first: 5) { nodes { __typename } edges { node { __typename } } }
    }`);
    for (const connection of Object.values(result) as Data[]) {
      expect(connection.nodes.length).toBeGreaterThan(0);
      expect(connection.nodes).toEqual(connection.edges.map((e: Data) => e.node));
    }
  });

  it("defaults to 20 per page", async () => {
    const { events } = await data(
      `{ events { edges { node { slug } } pageInfo { hasNextPage } } }`,
    );
    expect(events.edges).toHaveLength(Math.min(20, dataset.filterEvents().length));
  });
});

describe("actor and actors", () => {
  it("returns an actor with its events as a connection", async () => {
    const { actor } = await data(`{
      actor(slug: "russia") {
        id slug name kind aliases isoCode wikidataId description
        sources { quote }
        events(first: 5) { totalCount edges { node { slug } } pageInfo { hasNextPage } }
        positions { slug }
      }
    }`);
    const record = dataset.getActor("russia")!;
    expect(actor).toMatchObject({
      slug: "russia",
      name: record.name,
      kind: record.kind,
      aliases: record.aliases,
    });
    expect(actor.isoCode).toBe(record.isoCode ?? null);
    const events = dataset.eventsOfActor("russia");
    expect(actor.events.totalCount).toBe(events.length);
    expect(actor.events.edges.map((e: Data) => e.node.slug)).toEqual(
      events.slice(0, 5).map((e) => e.slug),
    );
    expect(actor.positions.map((p: Data) => p.slug)).toEqual(
      dataset.positionsOf("russia").map((p) => p.slug),
    );
  });

  it("lists actors, filtered by kind and by folded text", async () => {
    const all = await data(`{ actors(first: 100) { totalCount edges { node { slug kind } } } }`);
    expect(all.actors.totalCount).toBe(dataset.records.actors.length);
    const states = await data(
      `{ actors(first: 100, filter: { kinds: [STATE] }) { totalCount edges { node { kind } } } }`,
    );
    expect(states.actors.totalCount).toBe(
      dataset.records.actors.filter((a) => a.kind === "STATE").length,
    );
    expect(states.actors.edges.every((e: Data) => e.node.kind === "STATE")).toBe(true);
    const nato = await data(
      `{ actors(first: 100, filter: { text: "nato" }) { edges { node { slug } } } }`,
    );
    const slugs = nato.actors.edges.map((e: Data) => e.node.slug);
    expect(slugs).toEqual(dataset.search("nato", ["actor"]).map((hit) => hit.slug));
    expect(slugs).toContain("nato");
  });
});

describe("actor verification", () => {
  it("gives an actor's verification with its sources, and its Wikidata item when verified", async () => {
    const { actor } = await data(`{
      actor(slug: "sweden") { wikidataId verification { status note references { slug tier } } }
    }`);
    const record = dataset.getActor("sweden")!;
    expect(actor.wikidataId).toBe(record.wikidataId ?? null);
    expect(actor.verification.status).toBe(record.verification.status);
    expect(actor.verification.note).toBe(record.verification.note ?? null);
    expect(actor.verification.references.map((r: Data) => r.slug)).toEqual(
      record.verification.references,
    );
  });
});

describe("reference and references", () => {
  it("returns a reference with its bibliographic fields, CSL-JSON and citing passages", async () => {
    const { reference } = await data(`{
      reference(slug: "srimbovschi-2011") {
        id slug role type title year containerTitle publisher url entry
        authors { family given literal }
        csl
        citedIn { slug }
      }
    }`);
    const record = dataset.getReference("srimbovschi-2011")!;
    expect(reference).toMatchObject({
      slug: record.slug,
      role: record.role,
      type: record.csl.type,
      title: record.csl.title,
      year: 2011,
      url: record.csl.URL ?? null,
      entry: record.entry ?? null,
    });
    expect(reference.authors[0].family).toBe(record.csl.author![0]!.family);
    expect(reference.csl).toEqual(record.csl);
    expect(reference.citedIn.map((p: Data) => p.slug)).toEqual(
      dataset.passagesCiting("srimbovschi-2011").map((p) => p.slug),
    );
    expect(reference.citedIn.length).toBeGreaterThan(0);
  });

  it("gives a reference's tier and editors, and the records citing it by type", async () => {
    const { srimbovschi, hamilton, vilnius, superseded } = await data(`{
      srimbovschi: reference(slug: "srimbovschi-2011") { tier }
      hamilton: reference(slug: "hamilton-2016") { tier authors { family } editors { family given } }
      vilnius: reference(slug: "nato-2023-vilnius-summit-communique") {
        tier
        citedBy {
          __typename
          ... on Event { slug }
          ... on Actor { slug }
          ... on Period { slug }
          ... on Theme { slug }
          ... on Position { slug }
        }
      }
      superseded: reference(slug: "omniatlas-end-of-warsaw-pact") { tier citedBy { __typename } }
    }`);
    expect(srimbovschi.tier).toBe(dataset.getReference("srimbovschi-2011")!.tier);
    expect(hamilton).toEqual({
      tier: "SCHOLARLY",
      authors: [],
      editors: [{ family: "Hamilton", given: "Daniel S." }],
    });
    expect(vilnius.tier).toBe("OFFICIAL");
    const typeOf = {
      event: "Event",
      actor: "Actor",
      period: "Period",
      theme: "Theme",
      position: "Position",
    };
    expect(vilnius.citedBy).toEqual(
      dataset
        .citedBy("nato-2023-vilnius-summit-communique")
        .map((c) => ({ __typename: typeOf[c.type], slug: c.slug })),
    );
    expect(vilnius.citedBy.length).toBeGreaterThan(2);
    expect(superseded).toEqual({ tier: "MIRROR", citedBy: [] });
  });

  it("lists every reference", async () => {
    const { references } = await data(
      `{ references(first: 100) { totalCount edges { node { slug } } } }`,
    );
    expect(references.totalCount).toBe(dataset.records.references.length);
    expect(references.edges.map((e: Data) => e.node.slug)).toEqual(
      dataset.records.references.slice(0, 100).map((r) => r.slug),
    );
  });
});

describe("passages", () => {
  it("lists the article's paragraphs in order with citations and references", async () => {
    const { passages } = await data(`{
      passages(first: 100) { totalCount edges { node { slug order section text citations { text reference { slug } } references { slug } } } }
    }`);
    expect(passages.totalCount).toBe(dataset.records.passages.length);
    const orders = passages.edges
      .filter((e: Data) => dataset.getPassage(e.node.slug)!.document === dataset.source.slug)
      .map((e: Data) => e.node.order);
    expect(orders).toEqual([...orders].sort((a, b) => a - b));
    const cited = passages.edges.find((e: Data) => e.node.slug === "evolution-12").node;
    const record = dataset.getPassage("evolution-12")!;
    expect(cited.citations).toEqual(
      record.citations.map((c) => ({ text: c.text, reference: { slug: c.reference } })),
    );
    expect(cited.references.map((r: Data) => r.slug)).toEqual([
      ...new Set(record.citations.map((c) => c.reference)),
    ]);
  });
  it("gives the records quoting each paragraph: the way from the article to the data", async () => {
    const { passages } = await data(`{
      passages(first: 100) { nodes { slug quotes { quote references { slug } record {
        __typename
        ... on Event { slug }
        ... on Actor { slug }
        ... on Period { slug }
        ... on Theme { slug }
        ... on Position { slug }
      } } } }
    }`);
    for (const passage of passages.nodes)
      expect(passage.quotes).toEqual(
        dataset.quotesIn(passage.slug).map((q) => ({
          quote: q.quote,
          references: q.references.map((slug) => ({ slug })),
          record: { __typename: q.type[0]!.toUpperCase() + q.type.slice(1), slug: q.slug },
        })),
      );
    const paragraph = passages.nodes.find((p: Data) => p.slug === "evolution-12");
    expect(paragraph.quotes).toContainEqual({
      quote: "relations between the two blocs were interrupted in 2008",
      references: [{ slug: "trenin-2009" }],
      record: { __typename: "Event", slug: "nato-russia-relations-interrupted-2008" },
    });
  });
});

describe("documents", () => {
  it("lists the documents, the article first, each with its passages", async () => {
    const { documents } = await data(`{
      documents(first: 100) { totalCount nodes { slug role passages { slug locator excerpt document { slug } } } }
    }`);
    expect(documents.totalCount).toBe(dataset.documents().length);
    expect(documents.nodes.map((d: Data) => d.slug)).toEqual(
      dataset
        .documents()
        .slice(0, 100)
        .map((d) => d.slug),
    );
    const article = documents.nodes[0];
    expect(article).toMatchObject({ slug: dataset.source.slug, role: "PRIMARY" });
    expect(article.passages.map((p: Data) => p.slug)).toEqual(
      dataset.passagesOf(dataset.source.slug).map((p) => p.slug),
    );
    expect(article.passages[3]).toEqual({
      slug: "intro-02",
      locator: "paragraph 4",
      excerpt: false,
      document: { slug: dataset.source.slug },
    });
  });

  it("gives each event the documents attesting it, and the article's view as a filter", async () => {
    const { events, article } = await data(`{
      events(first: 100) { totalCount nodes { slug documents { slug } } }
      article: events(first: 100, filter: { sources: ["${dataset.source.slug}"] }) { totalCount }
    }`);
    for (const e of events.nodes)
      expect(
        e.documents.map((d: Data) => d.slug),
        e.slug,
      ).toEqual(dataset.documentsAttesting(dataset.getEvent(e.slug)!).map((d) => d.slug));
    expect(article.totalCount).toBe(
      dataset.filterEvents({ sources: [dataset.source.slug] }).length,
    );
    expect(article.totalCount).toBeGreaterThanOrEqual(50);
    const { byRole } = await data(`{
      byRole: events(filter: { documentRoles: [PRIMARY] }) { totalCount }
    }`);
    expect(byRole.totalCount).toBe(article.totalCount);
  });

  it("links an event of the record and the article's event it corrects, both ways", async () => {
    const correction = dataset.records.events.find((e) => e.corrects)!;
    const { event, original } = await data(`{
      event(slug: "${correction.slug}") { corrects { slug verification { status } } }
      original: event(slug: "${correction.corrects}") { correctedBy { slug } }
    }`);
    expect(event.corrects.slug).toBe(correction.corrects);
    expect(["IMPRECISE", "DISPUTED"]).toContain(event.corrects.verification.status);
    expect(original.correctedBy.map((e: Data) => e.slug)).toContain(correction.slug);
  });
});

describe("periods and themes", () => {
  it("lists periods with their dates and events", async () => {
    const { periods } = await data(`{
      periods { id slug name summary start { start year label } end { start } events(first: 3) { totalCount edges { node { slug } } } }
    }`);
    expect(periods.map((p: Data) => p.slug)).toEqual(dataset.periods().map((p) => p.slug));
    const starts = periods.map((p: Data) => p.start.start);
    expect(starts).toEqual([...starts].sort());
    for (const period of periods) {
      expect(period.events.totalCount).toBe(dataset.eventsOfPeriod(period.slug).length);
    }
  });

  it("lists themes with their events", async () => {
    const { themes } = await data(
      `{ themes { id slug name kind description events(first: 3) { totalCount } } }`,
    );
    expect(themes.map((t: Data) => t.slug)).toEqual(dataset.themes().map((t) => t.slug));
    const names = themes.map((t: Data) => t.name);
    expect(names).toEqual([...names].sort((a: string, b: string) => a.localeCompare(b, "en")));
    for (const theme of themes)
      expect(theme.events.totalCount).toBe(dataset.eventsOfTheme(theme.slug).length);
  });
});

describe("lookup by slug", () => {
  const lookups = [
    ["period", dataset.records.periods[0]!.slug],
    ["theme", dataset.records.themes[0]!.slug],
    ["passage", dataset.records.passages[0]!.slug],
    ["position", dataset.records.positions[0]!.slug],
  ] as const;

  it.each(lookups)("%s(slug) returns the record with that slug", async (field, slug) => {
    const result = await data(`query ($slug: String!) { ${field}(slug: $slug) { id slug } }`, {
      slug,
    });
    expect(result[field].slug).toBe(slug);
    const { node } = await data(`query ($id: ID!) { node(id: $id) { id } }`, {
      id: result[field].id,
    });
    expect(node.id).toBe(result[field].id);
  });

  it.each(lookups)("%s(slug) returns null for an unknown slug", async (field) => {
    expect((await data(`{ ${field}(slug: "no-such-record") { slug } }`))[field]).toBeNull();
  });
});

describe("positions", () => {
  it("lists all positions, or one actor's, with holder, about and sources", async () => {
    const all = await data(
      `{ positions { slug holder { slug } about { slug } statement sources { quote } themes { slug } } }`,
    );
    expect(all.positions).toHaveLength(dataset.records.positions.length);
    const russia = await data(`{ positions(actor: "russia") { slug holder { slug } } }`);
    expect(russia.positions.map((p: Data) => p.slug)).toEqual(
      dataset.positionsOf("russia").map((p) => p.slug),
    );
    expect(russia.positions.every((p: Data) => p.holder.slug === "russia")).toBe(true);
  });
});

describe("node and nodes", () => {
  it("fetch records of every type by global ID", async () => {
    const ids = [
      globalId("Event", "russia-invades-georgia"),
      globalId("Actor", "nato"),
      globalId("Reference", "trenin-2009"),
      globalId("Passage", "evolution-12"),
      globalId("Period", dataset.records.periods[0]!.slug),
      globalId("Theme", dataset.records.themes[0]!.slug),
      globalId("Position", dataset.records.positions[0]!.slug),
    ];
    const { nodes } = await data(`query ($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }`, {
      ids,
    });
    expect(nodes.map((n: Data) => n.__typename)).toEqual([
      "Event",
      "Actor",
      "Reference",
      "Passage",
      "Period",
      "Theme",
      "Position",
    ]);
    expect(nodes.map((n: Data) => n.id)).toEqual(ids);
    const { node } = await data(
      `query ($id: ID!) { node(id: $id) { id ... on Reference { slug } } }`,
      { id: ids[2] },
    );
    expect(node).toEqual({ id: ids[2], slug: "trenin-2009" });
  });

  it("answer null for a well-formed ID that names no record", async () => {
    const missing = globalId("Event", "no-such-event");
    const result = await data(
      `query ($id: ID!) { node(id: $id) { id } nodes(ids: [$id]) { id } }`,
      { id: missing },
    );
    expect(result).toEqual({ node: null, nodes: [null] });
  });

  it("round-trip IDs from any list", async () => {
    const { events } = await data(
      `{ events(first: 1, filter: { actors: ["russia"] }) { edges { node { id slug } } } }`,
    );
    const { id, slug } = events.edges[0].node;
    expect(
      (await data(`query ($id: ID!) { node(id: $id) { ... on Event { slug } } }`, { id })).node
        .slug,
    ).toBe(slug);
  });
});

describe("search", () => {
  it('folds diacritics: "ionascu" finds Ionașcu 2016, "srimbovschi" finds Srîmbovschi 2011', async () => {
    const query = `query ($q: String!) { search(query: $q) { totalCount edges { score node { __typename ... on Reference { slug } } } } }`;
    const ionascu = await data(query, { q: "ionascu" });
    expect(ionascu.search.edges[0].node).toEqual({ __typename: "Reference", slug: "ionascu-2016" });
    const srimbovschi = await data(query, { q: "SRIMBOVSCHI" });
    expect(srimbovschi.search.edges[0].node).toEqual({
      __typename: "Reference",
      slug: "srimbovschi-2011",
    });
  });

  it("matches across types and ranks by score", async () => {
    const { search } = await data(`{
      search(query: "crimea", first: 50) { totalCount edges { score node { __typename } } pageInfo { hasNextPage } }
    }`);
    const hits = dataset.search("crimea");
    expect(search.totalCount).toBe(hits.length);
    const scores = search.edges.map((e: Data) => e.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(new Set(search.edges.map((e: Data) => e.node.__typename)).size).toBeGreaterThan(1);
  });

  it("can be limited to some types", async () => {
    const { search } = await data(
      `{ search(query: "nato", types: [ACTOR, THEME]) { edges { node { __typename } } } }`,
    );
    expect(search.edges.length).toBeGreaterThan(0);
    for (const edge of search.edges) expect(["Actor", "Theme"]).toContain(edge.node.__typename);
  });
});

describe("eventStats", () => {
  it.each(["YEAR", "DECADE", "KIND", "RELATION", "ACTOR", "THEME", "PERIOD"] as const)(
    "groups by %s",
    async (groupBy) => {
      const { eventStats } = await data(
        `query ($g: EventStatsDimension!) { eventStats(groupBy: $g) { key label count } }`,
        {
          g: groupBy,
        },
      );
      expect(eventStats).toEqual(dataset.eventStats(groupBy));
      expect(eventStats.length).toBeGreaterThan(0);
    },
  );

  it("counts only the filtered events", async () => {
    const { eventStats } = await data(
      `{ eventStats(groupBy: DECADE, filter: { from: "2000", actors: ["russia"] }) { key count } }`,
    );
    expect(eventStats).toEqual(
      dataset
        .eventStats("DECADE", { from: "2000", actors: ["russia"] })
        .map(({ key, count }) => ({ key, count })),
    );
    expect(eventStats.every((b: Data) => Number(b.key) >= 2000)).toBe(true);
  });
});

describe("dataset", () => {
  it("reports version, licence, attribution, source and counts", async () => {
    const result = await data(`{
      dataset { name version license attribution source { slug role } counts { events actors references passages periods themes positions } }
    }`);
    expect(result.dataset).toEqual({
      name: datasetInfo.name,
      version: datasetInfo.version,
      license: datasetInfo.license,
      attribution: datasetInfo.attribution,
      source: { slug: datasetInfo.source, role: "PRIMARY" },
      counts: datasetInfo.counts,
    });
  });
});
