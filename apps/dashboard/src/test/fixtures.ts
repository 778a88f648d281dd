// Small answers in the shape of the generated result types, so a schema change breaks them
// at compile time rather than letting them drift.
import type {
  ArticleQuery,
  ActorsQuery,
  DatasetInfoQuery,
  EventPageQuery,
  EventStatsQuery,
  PeriodsAndThemesQuery,
  ReferencesQuery,
  SearchQuery,
  TimelineQuery,
} from "@nato-russia/client";

const pageInfo = { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null };

type TimelineNode = TimelineQuery["events"]["edges"][number]["node"];

export const crimea: TimelineNode = {
  id: "RXZlbnQ6MQ==",
  slug: "russia-annexes-crimea",
  title: "Russia occupies and annexes Crimea",
  kind: "ANNEXATION",
  relation: "MATERIAL_CONFLICT",
  date: {
    start: "2014-02",
    end: "2014-03",
    precision: "MONTH",
    year: 2014,
    label: "February–March 2014",
  },
  actors: [
    { role: "INITIATOR", actor: { slug: "russia", name: "Russia", kind: "STATE" } },
    { role: "TARGET", actor: { slug: "ukraine", name: "Ukraine", kind: "STATE" } },
  ],
  period: { slug: "rupture-after-crimea", name: "Rupture after Crimea" },
};

export const georgia: TimelineNode = {
  id: "RXZlbnQ6Mg==",
  slug: "russia-invades-georgia",
  title: "Russia invades Georgia",
  kind: "ARMED_CONFLICT",
  relation: "MATERIAL_CONFLICT",
  date: { start: "2008-08", end: null, precision: "MONTH", year: 2008, label: "August 2008" },
  actors: [{ role: "INITIATOR", actor: { slug: "russia", name: "Russia", kind: "STATE" } }],
  period: { slug: "deterioration-after-georgia", name: "Deterioration after the Georgia war" },
};

export const founding: TimelineNode = {
  id: "RXZlbnQ6Mw==",
  slug: "nato-russia-founding-act",
  title: "NATO–Russia Founding Act signed",
  kind: "AGREEMENT",
  relation: "VERBAL_COOPERATION",
  date: { start: "1997-05-27", end: null, precision: "DAY", year: 1997, label: "27 May 1997" },
  actors: [{ role: "SIGNATORY", actor: { slug: "nato", name: "NATO", kind: "ALLIANCE" } }],
  period: { slug: "post-cold-war-partnership", name: "Post-Cold War partnership" },
};

export function timeline(nodes: TimelineNode[]): TimelineQuery {
  return {
    events: {
      totalCount: nodes.length,
      pageInfo,
      edges: nodes.map((node) => ({ cursor: node.slug, node })),
    },
  };
}

export const periodsAndThemes: PeriodsAndThemesQuery = {
  periods: [
    {
      id: "p1",
      slug: "post-cold-war-partnership",
      name: "Post-Cold War partnership",
      summary: "",
      start: { start: "1991", end: null, precision: "YEAR", year: 1991, label: "1991" },
      end: { start: "2008-08", end: null, precision: "MONTH", year: 2008, label: "August 2008" },
    },
    {
      id: "p2",
      slug: "frozen-relations",
      name: "Frozen relations",
      summary: "",
      start: {
        start: "2022-02-24",
        end: null,
        precision: "DAY",
        year: 2022,
        label: "24 February 2022",
      },
      end: null,
    },
  ],
  themes: [
    {
      id: "t1",
      slug: "sanctions",
      name: "Sanctions and embargoes",
      kind: "POLICY",
      description: "",
    },
  ],
};

export const actors: ActorsQuery = {
  actors: {
    totalCount: 2,
    pageInfo,
    edges: [
      {
        node: {
          id: "a1",
          slug: "nato",
          name: "NATO",
          kind: "ALLIANCE",
          aliases: ["North Atlantic Treaty Organization"],
          isoCode: null,
          wikidataId: "Q7184",
        },
      },
      {
        node: {
          id: "a2",
          slug: "russia",
          name: "Russia",
          kind: "STATE",
          aliases: ["Russian Federation"],
          isoCode: "RU",
          wikidataId: "Q159",
        },
      },
    ],
  },
};

const kolesnikov = (citation: string) => ({
  id: "r1",
  slug: "kolesnikov-2023",
  role: "CITED" as const,
  type: "webpage",
  title: "Putin’s Second Front",
  year: 2023,
  url: "https://www.foreignaffairs.com/russian-federation/putins-second-front",
  citation,
});

export const KOLESNIKOV_CHICAGO =
  "Kolesnikov, Andrei. 2023. “Putin’s Second Front.” https://www.foreignaffairs.com/russian-federation/putins-second-front.";
export const KOLESNIKOV_BIBTEX = "@misc{Kolesnikov2023Putin,\n\tauthor = {Kolesnikov, Andrei},\n}";

export function eventPage(
  citation = KOLESNIKOV_CHICAGO,
  status: "CONSISTENT" | "IMPRECISE" = "CONSISTENT",
): EventPageQuery {
  return {
    event: {
      ...crimea,
      summary: "Russia occupies Ukraine's Crimean peninsula and then annexes it.",
      countries: ["UA", "RU"],
      themes: [{ slug: "sanctions", name: "Sanctions and embargoes", kind: "POLICY" }],
      period: {
        slug: "rupture-after-crimea",
        name: "Rupture after Crimea",
        start: {
          start: "2014-02",
          end: null,
          precision: "MONTH",
          year: 2014,
          label: "February 2014",
        },
        end: {
          start: "2022-02-24",
          end: null,
          precision: "DAY",
          year: 2022,
          label: "24 February 2022",
        },
      },
      sources: [
        {
          quote: "the beginning of the occupation of Crimea by the Russian state in 2014",
          passage: {
            slug: "evolution-13",
            order: 17,
            section: "Presentation of the evolution of relations between NATO and Russia",
            text: "Another turning point in the relationship between NATO and Russia was the beginning of the occupation of Crimea by the Russian state in 2014. Russia's actions appropriated a territory (Kolesnikov 2023).",
            locator: "paragraph 17",
            excerpt: false,
            document: {
              slug: "manolache-2023",
              role: "PRIMARY",
              tier: "SCHOLARLY",
              title: "NATO–Russia relations",
              year: 2023,
              url: null,
            },
          },
          references: [kolesnikov(citation)],
        },
      ],
      corrects: null,
      correctedBy: [],
      verification: {
        status,
        note: "The article gives 2014; Russia annexed Crimea in March 2014.",
        references: [],
      },
    },
  };
}

export const dataset: DatasetInfoQuery = {
  dataset: {
    name: "@nato-russia/data",
    version: "0.1.0",
    license: "CC-BY-4.0 AND CC-BY-NC-SA-4.0",
    attribution: "Data drawn from I. C. Manolache (2023).",
    citation: "The @nato-russia/data contributors. 2026. “NATO–Russia Relations Dataset.” npm.",
    counts: {
      events: 50,
      actors: 33,
      references: 72,
      passages: 30,
      periods: 5,
      themes: 31,
      positions: 10,
    },
    source: {
      id: "r0",
      slug: "manolache-2023",
      role: "PRIMARY",
      type: "article-journal",
      title: "The evolution of the relationship between NATO and Russia and future perspectives",
      year: 2023,
      url: null,
      citation: "Manolache, Ionela Cătălina. 2023. “The Evolution of the Relationship.”",
    },
  },
};

export function references(citation: string): ReferencesQuery {
  return {
    references: {
      totalCount: 1,
      pageInfo,
      edges: [
        {
          node: {
            ...kolesnikov(citation),
            entry: null,
            authors: [],
            citedIn: [{ slug: "evolution-13", order: 17 }],
          },
        },
      ],
    },
  };
}

export const vilnius: SearchQuery = {
  search: {
    totalCount: 2,
    pageInfo,
    edges: [
      {
        cursor: "c1",
        score: 3,
        node: {
          __typename: "Event",
          slug: "vilnius-summit",
          title: "NATO Vilnius Summit",
          date: { label: "11–12 July 2023" },
        },
      },
      {
        cursor: "c2",
        score: 1,
        node: {
          __typename: "Passage",
          slug: "conclusions-02",
          order: 28,
          section: "Conclusions",
          text: "At the Vilnius summit, allies agreed new defence plans.",
        },
      },
    ],
  },
};

export const stats = (buckets: EventStatsQuery["eventStats"]): EventStatsQuery => ({
  eventStats: buckets,
});

const EVOLUTION_12 =
  "Although they were evolving somewhat favorably, relations between the two blocs were interrupted in 2008, when Russian troops invaded Georgia. From that point on, things continued to deteriorate (Trenin 2009).";

const interrupted2008 = {
  __typename: "Event" as const,
  slug: "nato-russia-relations-interrupted-2008",
  title: "NATO–Russia relations interrupted after the Georgia war",
  date: { label: "August 2008–March 2009" },
};

export const article: ArticleQuery = {
  passages: {
    totalCount: 3,
    pageInfo,
    nodes: [
      {
        id: "pa1",
        slug: "abstract",
        order: 1,
        section: "Abstract",
        text: "The moment of February 24, 2022, was the one that closed even the last gate.",
        citations: [],
        quotes: [],
      },
      {
        id: "pa2",
        slug: "evolution-12",
        order: 16,
        section: "Presentation of the evolution of relations between NATO and Russia",
        text: EVOLUTION_12,
        citations: [
          {
            text: "Trenin 2009",
            reference: { slug: "trenin-2009", title: "NATO and Russia: Partnership or Peril?" },
          },
        ],
        quotes: [
          {
            quote: "relations between the two blocs were interrupted in 2008",
            record: interrupted2008,
          },
          {
            quote:
              "relations between the two blocs were interrupted in 2008, when Russian troops invaded Georgia",
            record: {
              __typename: "Event",
              slug: "russia-invades-georgia",
              title: "Russia invades Georgia",
              date: { label: "August 2008" },
            },
          },
          {
            quote: "when Russian troops invaded Georgia",
            record: { __typename: "Actor", slug: "georgia", name: "Georgia" },
          },
          {
            quote: "From that point on, things continued to deteriorate",
            record: interrupted2008,
          },
        ],
      },
      {
        id: "pa3",
        slug: "evolution-13",
        order: 17,
        section: "Presentation of the evolution of relations between NATO and Russia",
        text: "It made it clear that the Russian state could no longer be trusted.",
        citations: [],
        quotes: [
          {
            quote: "the Russian state could no longer be trusted",
            record: {
              __typename: "Position",
              slug: "nato-no-longer-trusts-russia",
              statement: "Russia can no longer be trusted.",
              holder: { slug: "nato", name: "NATO" },
            },
          },
        ],
      },
    ],
  },
};
