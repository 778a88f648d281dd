import { describe, expect, it } from "vitest";
import { DatasetIndex, dataset, getActor, getEvent, QueryError } from "../src/index.js";

describe("filterEvents", () => {
  it("returns every event in date order by default, and reversed with DATE_DESC", () => {
    const asc = dataset.filterEvents();
    expect(asc.length).toBeGreaterThan(30);
    expect(asc[0]!.date.start <= asc.at(-1)!.date.start).toBe(true);
    expect(dataset.filterEvents({}, "DATE_DESC").map((e) => e.slug)).toEqual(
      asc.map((e) => e.slug).reverse(),
    );
  });

  it("filters by a date range that overlaps an event's span", () => {
    const slugs = dataset.filterEvents({ from: "2014", to: "2022" }).map((e) => e.slug);
    expect(slugs).toContain("russia-annexes-crimea");
    expect(slugs).toContain("russia-invades-ukraine");
    expect(slugs).not.toContain("russia-invades-georgia");
    expect(
      dataset.filterEvents({ from: "2008-01", to: "2008-12-31" }).map((e) => e.slug),
    ).toContain("russia-invades-georgia");
  });

  it("filters by kind, relation, actor, theme, period and text, combining fields with AND", () => {
    const conflict = dataset.filterEvents({ relations: ["MATERIAL_CONFLICT"] });
    expect(conflict.every((e) => e.relation === "MATERIAL_CONFLICT")).toBe(true);
    const byActor = dataset.filterEvents({ actors: ["russia"], kinds: ["ARMED_CONFLICT"] });
    expect(byActor.length).toBeGreaterThan(0);
    expect(
      byActor.every(
        (e) => e.kind === "ARMED_CONFLICT" && e.actors.some((a) => a.actor === "russia"),
      ),
    ).toBe(true);
    const theme = dataset.records.themes[0]!.slug;
    expect(dataset.filterEvents({ themes: [theme] }).every((e) => e.themes.includes(theme))).toBe(
      true,
    );
    const period = dataset.records.periods[0]!.slug;
    expect(dataset.filterEvents({ periods: [period] }).every((e) => e.period === period)).toBe(
      true,
    );
    expect(dataset.filterEvents({ text: "crimea" }).map((e) => e.slug)).toContain(
      "russia-annexes-crimea",
    );
  });

  it("filters by country, verification status and cited reference", () => {
    const all = dataset.filterEvents();
    const withCountry = (codes: string[]) =>
      all.filter((e) => e.countries.some((c) => codes.includes(c))).map((e) => e.slug);
    expect(dataset.filterEvents({ countries: ["GE"] }).map((e) => e.slug)).toEqual(
      withCountry(["GE"]),
    );
    expect(withCountry(["GE"]).length).toBeGreaterThan(0);
    expect(dataset.filterEvents({ countries: ["GE", "UA"] }).map((e) => e.slug)).toEqual(
      withCountry(["GE", "UA"]),
    );
    expect(dataset.filterEvents({ countries: ["JP"] })).toEqual([]);

    for (const status of ["CONSISTENT", "IMPRECISE", "DISPUTED"] as const)
      expect(dataset.filterEvents({ verification: [status] }).map((e) => e.slug)).toEqual(
        all.filter((e) => e.verification.status === status).map((e) => e.slug),
      );

    const cites = (e: (typeof all)[number], ref: string) =>
      e.sources.some((s) => s.references.includes(ref)) || e.verification.references.includes(ref);
    for (const { slug } of dataset.records.references) {
      expect(
        dataset.filterEvents({ reference: slug }).map((e) => e.slug),
        slug,
      ).toEqual(all.filter((e) => cites(e, slug)).map((e) => e.slug));
    }
    // Through verification alone: a reference some event cites only in its check.
    const checkOnly = all.find((e) =>
      e.verification.references.some((r) => !e.sources.some((s) => s.references.includes(r))),
    );
    if (checkOnly) {
      const ref = checkOnly.verification.references.find(
        (r) => !checkOnly.sources.some((s) => s.references.includes(r)),
      )!;
      expect(dataset.filterEvents({ reference: ref }).map((e) => e.slug)).toContain(checkOnly.slug);
    }
    expect(
      dataset.filterEvents({ countries: ["RU"], verification: ["CONSISTENT"], from: "2014" }),
    ).toEqual(
      all.filter(
        (e) =>
          e.countries.includes("RU") &&
          e.verification.status === "CONSISTENT" &&
          dataset.filterEvents({ from: "2014" }).includes(e),
      ),
    );
  });

  it("matches any value within one list (OR) and keeps date order", () => {
    const both = dataset.filterEvents({ actors: ["georgia", "finland"] });
    expect(both.map((e) => e.slug)).toEqual(
      expect.arrayContaining(["russia-invades-georgia", "finland-joins-nato"]),
    );
    const starts = both.map((e) => e.date.start);
    expect([...starts].sort()).toEqual(starts);
  });

  it.each([
    [{ actors: ["atlantis"] }, "UNKNOWN_SLUG"],
    [{ themes: ["space-race"] }, "UNKNOWN_SLUG"],
    [{ periods: ["golden-age"] }, "UNKNOWN_SLUG"],
    [{ reference: "no-such-work" }, "UNKNOWN_SLUG"],
    [{ countries: ["ru"] }, "BAD_COUNTRY_CODE"],
    [{ countries: ["RUS"] }, "BAD_COUNTRY_CODE"],
    [{ from: "2023-13-01" }, "BAD_DATE"],
    [{ to: "2023-02-30" }, "BAD_DATE"],
    [{ from: "yesterday" }, "BAD_DATE"],
    [{ from: "2022", to: "2014" }, "BAD_RANGE"],
  ])("rejects %j with %s", (filter, code) => {
    expect(() => dataset.filterEvents(filter)).toThrow(QueryError);
    try {
      dataset.filterEvents(filter);
    } catch (error) {
      expect((error as QueryError).code).toBe(code);
    }
  });
});

describe("search", () => {
  it.each([
    ["ionascu", "ionascu-2016"],
    ["IONAȘCU", "ionascu-2016"],
    ["srimbovschi", "srimbovschi-2011"],
    ["Trenin", "trenin-2009"],
  ])("folds case and diacritics: %s finds %s", (query, slug) => {
    expect(dataset.search(query).map((h) => h.slug)).toContain(slug);
  });

  it("ranks a title match above a passing mention", () => {
    const hits = dataset.search("Vilnius");
    expect(hits[0]!.type).toBe("event");
    expect(hits.map((h) => h.slug)).toContain("vilnius-summit");
    const scores = hits.map((h) => h.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  it("searches across types and can be narrowed", () => {
    const types = new Set(dataset.search("NATO").map((h) => h.type));
    expect(types.size).toBeGreaterThan(3);
    expect(dataset.search("NATO", ["actor"]).every((h) => h.type === "actor")).toBe(true);
  });

  it("finds a record by a name that appears only in its verification note", () => {
    // Bouazizi is named only in the arab-spring event's verification note.
    expect(dataset.search("Bouazizi").map((h) => h.slug)).toContain("arab-spring");
  });

  it("finds a record by the author or title of a work it cites", () => {
    // Latawski wrote a work the post-cold-war-partnership period cites in its verification.
    expect(dataset.search("Latawski", ["period"]).map((h) => h.slug)).toContain(
      "post-cold-war-partnership",
    );
    // Rubin wrote the chapter the arab-world actor's verification cites.
    expect(dataset.search("Rubin", ["actor"]).map((h) => h.slug)).toEqual(["arab-world"]);
    // Trenin's work is cited in the sources of the event on the 2008 interruption.
    expect(dataset.search("Trenin", ["event"]).map((h) => h.slug)).toContain(
      "nato-russia-relations-interrupted-2008",
    );
  });

  it("rejects an empty or over-long query", () => {
    expect(() => dataset.search("  ")).toThrow(/at least one letter/);
    expect(() => dataset.search("x".repeat(201))).toThrow(/at most 200/);
  });
});

describe("filterActors", () => {
  it("returns every actor in dataset order, or those of some kinds", () => {
    expect(dataset.filterActors().map((a) => a.slug)).toEqual(
      dataset.records.actors.map((a) => a.slug),
    );
    const states = dataset.filterActors({ kinds: ["STATE"] });
    expect(states.length).toBeGreaterThan(5);
    expect(states.every((a) => a.kind === "STATE")).toBe(true);
  });

  it("ranks actors matching a text by relevance, as search does, and combines with kinds", () => {
    expect(dataset.filterActors({ text: "USSR" })[0]!.slug).toBe("soviet-union");
    expect(dataset.filterActors({ text: "Rubin" }).map((a) => a.slug)).toEqual(["arab-world"]);
    const alliances = dataset.filterActors({ text: "Russia", kinds: ["ALLIANCE"] });
    expect(alliances.map((a) => a.slug)).toContain("nato");
    expect(alliances).toEqual(
      dataset.filterActors({ text: "Russia" }).filter((a) => a.kind === "ALLIANCE"),
    );
    expect(() => dataset.filterActors({ text: "x".repeat(201) })).toThrow(/at most 200/);
  });

  it("filters by country code, verification status and cited reference", () => {
    const all = dataset.records.actors;
    expect(dataset.filterActors({ countries: ["RU", "GE"] }).map((a) => a.slug)).toEqual(
      all.filter((a) => a.isoCode === "RU" || a.isoCode === "GE").map((a) => a.slug),
    );
    expect(dataset.filterActors({ countries: ["RU"] }).map((a) => a.slug)).toEqual(["russia"]);
    expect(dataset.filterActors({ countries: ["JP"] })).toEqual([]);

    for (const status of ["CONSISTENT", "UNVERIFIED"] as const)
      expect(dataset.filterActors({ verification: [status] })).toEqual(
        all.filter((a) => a.verification.status === status),
      );

    const cites = (a: (typeof all)[number], ref: string) =>
      a.sources.some((s) => s.references.includes(ref)) || a.verification.references.includes(ref);
    let cited = 0;
    for (const { slug } of dataset.records.references) {
      const expected = all.filter((a) => cites(a, slug));
      cited += expected.length;
      expect(dataset.filterActors({ reference: slug }), slug).toEqual(expected);
    }
    expect(cited).toBeGreaterThan(0);
  });

  it("keeps the actors taking part in events an event filter matches, ANDed with the rest", () => {
    const period = "rupture-after-crimea";
    const taking = new Set(
      dataset.filterEvents({ periods: [period] }).flatMap((e) => e.actors.map((a) => a.actor)),
    );
    const actors = dataset.filterActors({ events: { periods: [period] } });
    expect(actors.map((a) => a.slug)).toEqual(
      dataset.records.actors.filter((a) => taking.has(a.slug)).map((a) => a.slug),
    );
    expect(actors.length).toBeLessThan(dataset.records.actors.length);
    const states = dataset.filterActors({ events: { periods: [period] }, kinds: ["STATE"] });
    expect(states).toEqual(actors.filter((a) => a.kind === "STATE"));
    expect(states.length).toBeGreaterThan(0);
    // An event filter nothing matches leaves no actor.
    expect(dataset.filterActors({ events: { from: "2100" } })).toEqual([]);
  });

  it.each([
    [{ countries: ["ru"] }, "BAD_COUNTRY_CODE", "countries"],
    [{ reference: "no-such-work" }, "UNKNOWN_SLUG", "reference"],
    [{ events: { periods: ["golden-age"] } }, "UNKNOWN_SLUG", "events.periods"],
    [{ events: { from: "2022", to: "2014" } }, "BAD_RANGE", "events.from"],
    [{ events: { countries: ["RUS"] } }, "BAD_COUNTRY_CODE", "events.countries"],
  ] as const)("rejects %j with %s on field %s", (filter, code, field) => {
    let thrown: unknown;
    try {
      dataset.filterActors(filter);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(QueryError);
    expect((thrown as QueryError).code).toBe(code);
    expect((thrown as QueryError).field).toBe(field);
  });
});

describe("eventStats", () => {
  it.each(["YEAR", "DECADE", "KIND", "RELATION", "ACTOR", "THEME", "PERIOD"] as const)(
    "groups by %s",
    (dim) => {
      const buckets = dataset.eventStats(dim);
      expect(buckets.length).toBeGreaterThan(0);
      expect(buckets.every((b) => b.label.length > 0)).toBe(true);
      // Only the time dimensions hold empty buckets, and never at either end.
      if (dim === "YEAR" || dim === "DECADE") {
        expect(buckets[0]!.count).toBeGreaterThan(0);
        expect(buckets.at(-1)!.count).toBeGreaterThan(0);
      } else expect(buckets.every((b) => b.count > 0)).toBe(true);
    },
  );

  it.each([
    ["YEAR", 1],
    ["DECADE", 10],
  ] as const)(
    "gives every %s of the filtered span in order, with zero where no event falls",
    (dim, step) => {
      for (const filter of [{}, { from: "2000" }, { actors: ["georgia"] }]) {
        const buckets = dataset.eventStats(dim, filter);
        const keys = buckets.map((b) => Number(b.key));
        expect(keys).toEqual(keys.map((_, i) => keys[0]! + i * step));
        const events = dataset.filterEvents(filter);
        expect(buckets.reduce((n, b) => n + b.count, 0)).toBe(events.length);
        const years = events.map((e) => Number(e.date.start.slice(0, 4)));
        const floor = (y: number) => Math.floor(y / step) * step;
        expect(keys[0]).toBe(floor(Math.min(...years)));
        expect(keys.at(-1)).toBe(floor(Math.max(...years)));
      }
      // The article's view leaves decades empty between the founding and the 1990s.
      const articleView = { sources: [dataset.source.slug] };
      expect(dataset.eventStats(dim, articleView).some((b) => b.count === 0)).toBe(true);
      expect(dataset.eventStats("DECADE").find((b) => b.key === "1960")?.label).toBe("1960s");
      expect(dataset.eventStats(dim, { countries: ["JP"] })).toEqual([]);
    },
  );

  it("counts each event once per year, labels decades, and honours the filter", () => {
    const total = dataset.filterEvents().length;
    expect(dataset.eventStats("YEAR").reduce((n, b) => n + b.count, 0)).toBe(total);
    expect(dataset.eventStats("DECADE").map((b) => b.label)).toContain("1940s");
    const recent = dataset
      .eventStats("RELATION", { from: "2022" })
      .reduce((n, b) => n + b.count, 0);
    expect(recent).toBe(dataset.filterEvents({ from: "2022" }).length);
  });
});

describe("periods and themes", () => {
  it("lists periods earliest first and themes by name", () => {
    const starts = dataset.periods().map((p) => p.start.start);
    expect(starts).toEqual([...starts].sort());
    expect(dataset.periods()[0]!.slug).toBe("cold-war-confrontation");
    expect(dataset.periods()).toHaveLength(dataset.records.periods.length);
    const names = dataset.themes().map((t) => t.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, "en")));
    expect(dataset.themes()).toHaveLength(dataset.records.themes.length);
  });
});

describe("lookups and links", () => {
  it("resolves in-text citations whatever their spelling", () => {
    expect(dataset.resolveCitation("Srimbovschi 2011")?.slug).toBe("srimbovschi-2011");
    expect(dataset.resolveCitation("Ionaşcu 2016")?.slug).toBe("ionascu-2016");
    expect(dataset.resolveCitation("Nobody 2011")).toBeUndefined();
  });

  it("links records both ways", () => {
    expect(getEvent("russia-invades-georgia")?.date.start).toMatch(/^2008/);
    expect(getActor("russia")?.isoCode).toBe("RU");
    expect(dataset.eventsOfActor("russia").length).toBeGreaterThan(10);
    expect(dataset.passagesCiting("clapp-2022").map((p) => p.slug)).toEqual([
      "evolution-15",
      "evolution-16",
    ]);
    expect(dataset.positionsOf("russia").every((p) => p.holder === "russia")).toBe(true);
  });

  it("finds the records citing a reference, in sources or verification", () => {
    const trenin = dataset.citedBy("trenin-2009");
    expect(trenin.map((c) => `${c.type}/${c.slug}`)).toContain(
      "event/nato-russia-relations-interrupted-2008",
    );
    expect(trenin.every((c) => c.via.includes("SOURCE"))).toBe(true);
    const vilnius = dataset.citedBy("nato-2023-vilnius-summit-communique");
    expect(new Set(vilnius.map((c) => c.type))).toEqual(new Set(["event", "actor", "position"]));
    expect(vilnius.some((c) => c.type === "event" && c.slug === "vilnius-summit")).toBe(true);
    expect(vilnius.every((c) => c.via.includes("VERIFICATION"))).toBe(true);
    for (const c of vilnius) {
      const refs = [
        ...c.record.sources.flatMap((s) => s.references),
        ...("verification" in c.record ? c.record.verification.references : []),
      ];
      expect(refs).toContain("nato-2023-vilnius-summit-communique");
    }
    // Events come first, in date order.
    const events = vilnius.filter((c) => c.type === "event").map((c) => c.record.slug);
    expect(events).toEqual(
      dataset
        .filterEvents()
        .map((e) => e.slug)
        .filter((s) => events.includes(s)),
    );
    // A superseded reference is kept but no longer cited; an unknown slug cites nothing.
    expect(dataset.getReference("omniatlas-end-of-warsaw-pact")?.tier).toBe("MIRROR");
    expect(dataset.citedBy("omniatlas-end-of-warsaw-pact")).toEqual([]);
    expect(dataset.citedBy("no-such-reference")).toEqual([]);
  });
});

describe("quotesIn", () => {
  it("gives every record quoting a passage, in the order the quotes start in its text", () => {
    const quotes = dataset.quotesIn("evolution-12");
    const text = dataset.getPassage("evolution-12")!.text;
    expect(quotes.map((q) => `${q.type}/${q.slug}`)).toEqual([
      "period/post-cold-war-partnership",
      "event/nato-russia-relations-interrupted-2008",
      "event/russia-invades-georgia",
      "period/deterioration-after-georgia",
      "actor/georgia",
      "event/nato-russia-relations-interrupted-2008",
      "period/deterioration-after-georgia",
    ]);
    const starts = quotes.map((q) => text.indexOf(q.quote));
    expect(starts.every((start) => start >= 0)).toBe(true);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    const interrupted = quotes.find((q) => q.slug === "nato-russia-relations-interrupted-2008")!;
    expect(interrupted.quote).toBe("relations between the two blocs were interrupted in 2008");
    expect(interrupted.references).toEqual(["trenin-2009"]);
    expect(interrupted.record).toBe(getEvent("nato-russia-relations-interrupted-2008"));
  });

  it("holds each attestation of every record once, under its passage", () => {
    const { events, actors, periods, themes, positions, passages } = dataset.records;
    const attestations = [events, actors, periods, themes, positions].flatMap((list) =>
      list.flatMap((record) => record.sources),
    );
    const listed = passages.flatMap((p) => dataset.quotesIn(p.slug));
    expect(listed).toHaveLength(attestations.length);
    for (const p of passages)
      for (const q of dataset.quotesIn(p.slug))
        expect(q.record.sources).toContainEqual(
          expect.objectContaining({ passage: p.slug, quote: q.quote }),
        );
    expect(dataset.quotesIn("no-such-passage")).toEqual([]);
  });
});

describe("describeFilter", () => {
  it("names a filter in words, records by their names", () => {
    expect(dataset.describeFilter({})).toBe("all events");
    expect(dataset.describeFilter({ from: "2014", to: "2022" })).toBe("events from 2014 to 2022");
    expect(dataset.describeFilter({ from: "2008", to: "2008", actors: ["russia", "nato"] })).toBe(
      `events of 2008; actors: ${getActor("russia")!.name}, ${getActor("nato")!.name}`,
    );
    expect(dataset.describeFilter({ kinds: ["ARMED_CONFLICT"], text: "Crimea" })).toBe(
      'all events; kinds: armed conflict; matching "Crimea"',
    );
    expect(dataset.describeFilter({ documentRoles: ["PRIMARY"] })).toBe(
      "all events; as the article tells them",
    );
    expect(dataset.describeFilter({ from: "2014", documentRoles: ["RECORD"] })).toBe(
      "events from 2014; as the record tells them",
    );
    expect(dataset.describeFilter({ sources: [dataset.source.slug] })).toContain(
      `attested by: ${dataset.source.csl.title}`,
    );
  });

  it("refuses what filterEvents refuses", () => {
    expect(() => dataset.describeFilter({ actors: ["nobody"] })).toThrow(QueryError);
    expect(() => dataset.describeFilter({ from: "2022", to: "2014" })).toThrow(QueryError);
  });
});

describe("search ranking", () => {
  it.each([
    ["NATO", "nato"],
    ["Russia", "russia"],
    ["USSR", "soviet-union"],
    ["Türkiye", "turkey"],
  ])("puts the record named %s first", (query, slug) => {
    expect(dataset.search(query)[0]!.slug).toBe(slug);
  });
});

describe("search index", () => {
  const queries = ["NATO", "Vilnius", "ionascu", "russia ukr", "Trenin", "summit 2023", "crimea"];
  const answers = (index: DatasetIndex, query: string) =>
    index.search(query).map((h) => `${h.type}:${h.slug}:${h.score}`);

  it("answers from a serialised index as from one built from the records", () => {
    const json = JSON.parse(
      JSON.stringify(new DatasetIndex(dataset.records).serialiseSearchIndex()),
    );
    const loaded = new DatasetIndex(dataset.records, { searchIndex: () => json });
    for (const query of queries) expect(answers(loaded, query)).toEqual(answers(dataset, query));
    expect(loaded.filterEvents({ text: "crimea" })).toEqual(
      dataset.filterEvents({ text: "crimea" }),
    );
  });

  it("ignores an index made for other records and indexes these instead", () => {
    const json = new DatasetIndex(dataset.records).serialiseSearchIndex();
    const records = { ...dataset.records, events: dataset.records.events.slice(1) };
    const other = new DatasetIndex(records, { searchIndex: () => json });
    const dropped = dataset.records.events[0]!;
    expect(other.search(dropped.title).map((h) => h.slug)).not.toContain(dropped.slug);
    expect(other.search("Vilnius", ["event"]).map((h) => h.slug)).toContain("vilnius-summit");
    const garbage = new DatasetIndex(dataset.records, { searchIndex: () => ({ format: 99 }) });
    expect(answers(garbage, "NATO")).toEqual(answers(dataset, "NATO"));
  });

  it("matches a word found nowhere to words a typo away, ranked below exact matches", () => {
    expect(dataset.search("Ionescu")[0]!.slug).toBe("ionascu-2016");
    expect(dataset.search("Vilnus").map((h) => h.slug)).toContain("vilnius-summit");
    expect(dataset.search("Vilnus")[0]!.score).toBeLessThan(dataset.search("Vilnius")[0]!.score);
    // Under four letters a word is matched whole or as a prefix only.
    expect(dataset.search("qzx")).toEqual([]);
  });

  it("matches a word of the data as it is, without near spellings", () => {
    const slugs = (query: string) => dataset.search(query).map((h) => h.slug);
    // Some records spell it "behaviour" only: "behavior", a word of the data too, misses them.
    const british = slugs("behaviour").filter((slug) => !slugs("behavior").includes(slug));
    expect(british.length).toBeGreaterThan(0);
    expect(slugs("behavior").length).toBeGreaterThan(0);
  });

  it("filters events by text as search matches them", () => {
    for (const text of ["crimea", "nato summit", "Vilnus"]) {
      const searched = dataset.search(text, ["event"]).map((h) => h.slug);
      expect(
        dataset
          .filterEvents({ text })
          .map((e) => e.slug)
          .sort(),
      ).toEqual(searched.sort());
    }
  });
});
