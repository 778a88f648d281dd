import { readFileSync } from "node:fs";
import { createGateway } from "@nato-russia/gateway";
import { describe, expect, it } from "vitest";
import { ClientError, CitationStyle, EventStatsDimension } from "../src/index.js";
import { inProcessClient } from "./gateway.js";

const client = inProcessClient();

describe("SDK methods against the real gateway", () => {
  it("timeline: events in a range, oldest first", async () => {
    const { events } = await client.timeline({ from: "2014", to: "2022" });
    const slugs = events.edges.map((e) => e.node.slug);
    expect(slugs).toContain("russia-annexes-crimea");
    expect(slugs).toContain("russia-invades-ukraine");
    expect(slugs).not.toContain("russia-invades-georgia");
    expect(events.totalCount).toBe(slugs.length);
  });

  it("timeline: no variables returns the first page of everything", async () => {
    const { events } = await client.timeline();
    expect(events.totalCount).toBeGreaterThan(30);
    expect(events.edges[0]!.node.date.year).toBe(1945); // the Cold War, dated 1945–1991 since 0.2
  });

  it("eventPage: quotes, passages, formatted citations, verification", async () => {
    const { event } = await client.eventPage({
      slug: "russia-invades-georgia",
      style: CitationStyle.APA,
    });
    expect(event?.title).toMatch(/Georgia/);
    const source = event!.sources.find((s) => s.references.length > 0)!;
    expect(source.passage.text).toContain(source.quote);
    expect(source.references[0]!.citation).toMatch(/Trenin, D\. \(2009\)/);
    expect(event!.verification.status).toBe("CONSISTENT");
  });

  it("eventPage: an unknown slug is null, not an error", async () => {
    expect((await client.eventPage({ slug: "no-such-event" })).event).toBeNull();
  });

  it("actorProfile and actors", async () => {
    const { actor } = await client.actorProfile({ slug: "russia", first: 5 });
    expect(actor?.isoCode).toBe("RU");
    expect(actor?.events.edges).toHaveLength(5);
    expect(actor?.events.pageInfo.hasNextPage).toBe(true);
    const { actors } = await client.actors({ kinds: ["STATE"] });
    expect(actors.edges.every((e) => e.node.kind === "STATE")).toBe(true);
  });

  it("references in a chosen style", async () => {
    const bibtex = await client.references({ style: CitationStyle.BIBTEX, first: 3 });
    expect(bibtex.references.edges[0]!.node.citation.trim()).toMatch(/^@/);
    const chicago = await client.references({ first: 100 });
    const srimbovschi = chicago.references.edges.find(
      (e) => e.node.slug === "srimbovschi-2011",
    )!.node;
    expect(srimbovschi.citedIn.map((p) => p.slug)).toEqual(["evolution-09"]);
  });

  it("search across types, folding diacritics", async () => {
    const { search } = await client.search({ query: "ionascu" });
    expect(search.edges.map((e) => e.node.__typename)).toContain("Reference");
    const { search: vilnius } = await client.search({ query: "Vilnius" });
    const first = vilnius.edges[0]!.node;
    expect(first.__typename).toBe("Event");
  });

  it("eventStats by every dimension", async () => {
    for (const groupBy of Object.values(EventStatsDimension)) {
      const { eventStats } = await client.eventStats({ groupBy });
      expect(eventStats.length, groupBy).toBeGreaterThan(0);
    }
  });

  it("periods, themes and dataset", async () => {
    const { periods, themes } = await client.periodsAndThemes();
    expect(periods.map((p) => p.slug)).toContain("frozen-relations");
    expect(themes.length).toBeGreaterThan(10);
    const { dataset } = await client.dataset();
    expect(dataset.license).toBe("CC-BY-4.0 AND CC-BY-NC-SA-4.0");
    expect(dataset.citation).toMatch(/^The @nato-russia\/data contributors\. \d{4}\. /); // Chicago
    expect(dataset.source.slug).toBe("manolache-2023");
  });

  it("the annotated article, the references for citation managers, a view's citation", async () => {
    const { passages } = await client.article();
    expect(passages.nodes).toHaveLength(passages.totalCount);
    const paragraph = passages.nodes.find((p) => p.slug === "evolution-12")!;
    const quote = paragraph.quotes.find(
      (q) => q.quote === "relations between the two blocs were interrupted in 2008",
    )!;
    expect(quote.record).toMatchObject({
      __typename: "Event",
      slug: "nato-russia-relations-interrupted-2008",
    });
    expect(paragraph.citations[0]?.reference.slug).toBe("trenin-2009");

    const exported = [];
    for await (const reference of client.paginate.referenceExport()) exported.push(reference);
    const { dataset: info } = await client.dataset();
    expect(exported).toHaveLength(info.counts.references);
    const trenin = exported.find((r) => r.slug === "trenin-2009")!;
    expect(trenin.bibtex).toMatch(/^@article\{/);
    expect(trenin.csl).toMatchObject({ title: "NATO and Russia: Partnership or Peril?" });

    const { dataset } = await client.viewCitation({
      style: CitationStyle.APA,
      filter: { from: "2014", to: "2022" },
      url: "https://example.org/?from=2014&to=2022",
      accessed: "2026-03-05",
    });
    expect(dataset.citation).toContain("events from 2014 to 2022");
    expect(dataset.citation).toContain(dataset.version);
  });

  it("sends queries as GET when asked", async () => {
    const get = inProcessClient({ method: "GET" });
    const { dataset } = await get.dataset();
    expect(dataset.version).toMatch(/^\d+\.\d+\.\d+/);
  });

  it("turns GraphQL errors into a ClientError with the code", async () => {
    const error = await client.timeline({ from: "2023-13-01" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ClientError);
    expect((error as ClientError).code).toBe("BAD_DATE");
    const empty = await client.search({ query: "  " }).catch((e: unknown) => e);
    expect((empty as ClientError).code).toMatch(/EMPTY_QUERY|BAD_USER_INPUT/);
  });

  it("turns HTTP and network failures into a ClientError", async () => {
    const http = inProcessClient({
      fetch: async () => new Response("nope", { status: 502, statusText: "Bad Gateway" }),
    });
    const e1 = (await http.dataset().catch((e: unknown) => e)) as ClientError;
    expect([e1.code, e1.status]).toEqual(["HTTP_502", 502]);
    const down = inProcessClient({
      fetch: async () => Promise.reject(new TypeError("fetch failed")),
    });
    const e2 = (await down.dataset().catch((e: unknown) => e)) as ClientError;
    expect(e2.code).toBe("NETWORK_ERROR");
  });
});

describe("persisted operations", () => {
  const manifest = JSON.parse(
    readFileSync(new URL("../src/generated/persisted-documents.json", import.meta.url), "utf8"),
  ) as Record<string, string>;
  const strict = createGateway({ persistedOperations: { manifest, only: true } });
  const strictFetch: typeof fetch = async (input, init) =>
    strict.fetch(input as string, init as never);

  it("a gateway limited to the manifest answers the client's hashes, by POST and GET", async () => {
    for (const method of ["POST", "GET"] as const) {
      const client = inProcessClient({ fetch: strictFetch, persisted: true, method });
      const { event } = await client.eventPage({ slug: "russia-invades-ukraine" });
      expect(event?.date.start).toBe("2022-02-24");
    }
  });

  it("and refuses any other operation", async () => {
    const client = inProcessClient({ fetch: strictFetch });
    const error = (await client.dataset().catch((e: unknown) => e)) as ClientError;
    expect(error).toBeInstanceOf(ClientError);
    expect(error.code).toBe("CANNOT_SEND_PQ_ID_AND_BODY");
  });

  it("refuses an unknown hash", async () => {
    const forged = Object.assign(new String("query X { dataset { version } }"), {
      __meta__: { hash: "sha256:00" },
    });
    const persisted = inProcessClient({ fetch: strictFetch, persisted: true });
    const error = (await persisted
      .request(forged as never)
      .catch((e: unknown) => e)) as ClientError;
    expect(error.code).toBe("PERSISTED_QUERY_NOT_IN_LIST");
  });
});
