/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** What kind of actor it is. */
export const ActorKind = {
  /** A military alliance, such as NATO. */
  ALLIANCE: 'ALLIANCE',
  /** A historical union or bloc (Soviet Union, Warsaw Pact). */
  BLOC: 'BLOC',
  /** An intergovernmental or international body (EU, WADA, OPCW). */
  INTERNATIONAL_ORGANIZATION: 'INTERNATIONAL_ORGANIZATION',
  /** A group the article names without a legal identity ("the West"). */
  NON_STATE_GROUP: 'NON_STATE_GROUP',
  /** An organ of an organisation (NATO–Russia Council, European Parliament). */
  ORGANIZATION_BODY: 'ORGANIZATION_BODY',
  /** A named individual. */
  PERSON: 'PERSON',
  /** A sovereign state. */
  STATE: 'STATE'
} as const;

export type ActorKind = typeof ActorKind[keyof typeof ActorKind];
/** The part an actor plays in an event. */
export const ActorRole = {
  /** Acts first or decides. */
  INITIATOR: 'INITIATOR',
  /** Takes part. */
  PARTICIPANT: 'PARTICIPANT',
  /** Signs an agreement. */
  SIGNATORY: 'SIGNATORY',
  /** Is acted upon. */
  TARGET: 'TARGET'
} as const;

export type ActorRole = typeof ActorRole[keyof typeof ActorRole];
/** A citation style, applied by citation-js with the CSL project's styles. */
export const CitationStyle = {
  /** APA 7th edition. */
  APA: 'APA',
  /** A BibTeX entry. */
  BIBTEX: 'BIBTEX',
  /** Chicago Manual of Style 17th edition, author-date (the style the source article uses). */
  CHICAGO: 'CHICAGO',
  /** Harvard author-date (the CSL project's harvard1). */
  HARVARD: 'HARVARD',
  /** MLA Handbook 9th edition. */
  MLA: 'MLA',
  /** Vancouver (numeric; the number is left out for a single reference). */
  VANCOUVER: 'VANCOUVER'
} as const;

export type CitationStyle = typeof CitationStyle[keyof typeof CitationStyle];
/** How precisely the evidence dates a record. */
export const DatePrecision = {
  /** Known to the day: start is YYYY-MM-DD. */
  DAY: 'DAY',
  /** Known to the decade: start is a year ending in 0. */
  DECADE: 'DECADE',
  /** Known to the month: start is YYYY-MM. */
  MONTH: 'MONTH',
  /** Known to the year: start is YYYY. */
  YEAR: 'YEAR'
} as const;

export type DatePrecision = typeof DatePrecision[keyof typeof DatePrecision];
/** Which events to return. Within a list any value matches (OR); across fields all must match (AND). An unknown slug is an UNKNOWN_SLUG error. */
export type EventFilter = {
  /** Slugs of actors; events any of them takes part in. */
  actors?: Array<string> | null | undefined;
  /** Earliest date, as YYYY, YYYY-MM or YYYY-MM-DD; events whose span reaches it match. A bad date is BAD_DATE. */
  from?: string | null | undefined;
  /** Any of these kinds. */
  kinds?: Array<EventKind> | null | undefined;
  /** Slugs of periods; events in any of them. */
  periods?: Array<string> | null | undefined;
  /** Any of these GDELT quad classes. */
  relations?: Array<Relation> | null | undefined;
  /** Words that must all occur in the title, summary, date, quotes, verification note or the titles and authors of the works it cites (case and accents ignored). At most 200 characters and 20 words, counted after Unicode normalisation; longer is QUERY_TOO_LONG. */
  text?: string | null | undefined;
  /** Slugs of themes; events tagged with any of them. */
  themes?: Array<string> | null | undefined;
  /** Latest date, as YYYY, YYYY-MM or YYYY-MM-DD; events whose span starts by then match. */
  to?: string | null | undefined;
};

/** What kind of event it is. */
export const EventKind = {
  /** An agreement is signed. */
  AGREEMENT: 'AGREEMENT',
  /** Territory is annexed. */
  ANNEXATION: 'ANNEXATION',
  /** War or invasion. */
  ARMED_CONFLICT: 'ARMED_CONFLICT',
  /** An assassination or attempt. */
  ASSASSINATION: 'ASSASSINATION',
  /** Cooperation in practice. */
  COOPERATION: 'COOPERATION',
  /** Wider instability, such as a pandemic. */
  CRISIS: 'CRISIS',
  /** A cyber operation. */
  CYBER_OPERATION: 'CYBER_OPERATION',
  /** Forces are deployed. */
  DEPLOYMENT: 'DEPLOYMENT',
  /** A condemnation, declaration or other statement. */
  DIPLOMATIC_STATEMENT: 'DIPLOMATIC_STATEMENT',
  /** A state or bloc is dissolved. */
  DISSOLUTION: 'DISSOLUTION',
  /** Energy supply or pipelines. */
  ENERGY: 'ENERGY',
  /** A state applies to or joins an alliance or union. */
  ENLARGEMENT: 'ENLARGEMENT',
  /** An organisation is founded. */
  FOUNDING: 'FOUNDING',
  /** Election meddling, disinformation or other hybrid influence. */
  HYBRID_INFLUENCE: 'HYBRID_INFLUENCE',
  /** An institution or forum is created. */
  INSTITUTION: 'INSTITUTION',
  /** Military action short of war. */
  MILITARY_ACTION: 'MILITARY_ACTION',
  /** A change of leadership or strategy. */
  POLITICAL_CHANGE: 'POLITICAL_CHANGE',
  /** A sanction or embargo. */
  SANCTION: 'SANCTION',
  /** A summit is held. */
  SUMMIT: 'SUMMIT',
  /** Ties or cooperation are suspended. */
  SUSPENSION: 'SUSPENSION',
  /** A terrorist attack. */
  TERRORISM: 'TERRORISM'
} as const;

export type EventKind = typeof EventKind[keyof typeof EventKind];
/** Order of an event list. */
export const EventOrder = {
  /** Earliest first (by start, then end, then slug). */
  DATE_ASC: 'DATE_ASC',
  /** Latest first. */
  DATE_DESC: 'DATE_DESC'
} as const;

export type EventOrder = typeof EventOrder[keyof typeof EventOrder];
/** What to count events by. */
export const EventStatsDimension = {
  /** Each actor taking part (an event counts once per actor); largest first. */
  ACTOR: 'ACTOR',
  /** Decade of the start, keyed "1990", labelled "1990s"; in order. */
  DECADE: 'DECADE',
  /** Event kind; largest bucket first. */
  KIND: 'KIND',
  /** Period of the relationship; largest first. */
  PERIOD: 'PERIOD',
  /** GDELT quad class; largest bucket first. */
  RELATION: 'RELATION',
  /** Each theme tagged (an event counts once per theme); largest first. */
  THEME: 'THEME',
  /** Year of the event's start; buckets in year order. */
  YEAR: 'YEAR'
} as const;

export type EventStatsDimension = typeof EventStatsDimension[keyof typeof EventStatsDimension];
/** Why a work is in the dataset. */
export const ReferenceRole = {
  /** An entry of the article's reference list. */
  CITED: 'CITED',
  /** The article the dataset is drawn from. */
  PRIMARY: 'PRIMARY',
  /** A public source read to check a claim. */
  VERIFICATION: 'VERIFICATION'
} as const;

export type ReferenceRole = typeof ReferenceRole[keyof typeof ReferenceRole];
/** GDELT quad class of an event: verbal or material, cooperation or conflict; or NON_INTERACTION when it is not an interaction between parties. */
export const Relation = {
  /** Conflict in deeds: force, sanctions, expulsions. */
  MATERIAL_CONFLICT: 'MATERIAL_CONFLICT',
  /** Cooperation in deeds: joint action, aid, treaties carried out. */
  MATERIAL_COOPERATION: 'MATERIAL_COOPERATION',
  /** Not an interaction between parties (a pandemic, a change of leader at home, a state's collapse): counted as neither cooperation nor conflict. */
  NON_INTERACTION: 'NON_INTERACTION',
  /** Conflict in words: condemnations, threats, accusations. */
  VERBAL_CONFLICT: 'VERBAL_CONFLICT',
  /** Statements of cooperation: declarations, agreements in words. */
  VERBAL_COOPERATION: 'VERBAL_COOPERATION'
} as const;

export type Relation = typeof Relation[keyof typeof Relation];
/** A type of record search can return. */
export const SearchResultType = {
  /** Actors. */
  ACTOR: 'ACTOR',
  /** Events. */
  EVENT: 'EVENT',
  /** Passages of the article. */
  PASSAGE: 'PASSAGE',
  /** Periods. */
  PERIOD: 'PERIOD',
  /** Positions. */
  POSITION: 'POSITION',
  /** References. */
  REFERENCE: 'REFERENCE',
  /** Themes. */
  THEME: 'THEME'
} as const;

export type SearchResultType = typeof SearchResultType[keyof typeof SearchResultType];
/** How the article's claim compares with the public record. */
export const VerificationStatus = {
  /** Every part of the claim was checked against a trusted public source and holds. */
  CONSISTENT: 'CONSISTENT',
  /** Trusted sources contradict the article's core claim. */
  DISPUTED: 'DISPUTED',
  /** Broadly right, but wrong or vague in a detail. */
  IMPRECISE: 'IMPRECISE',
  /** No trusted public source could be found or read for it. */
  UNVERIFIED: 'UNVERIFIED'
} as const;

export type VerificationStatus = typeof VerificationStatus[keyof typeof VerificationStatus];
export type ActorProfileQueryVariables = Exact<{
  slug: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ActorProfileQuery = { actor: { description: string, id: string, slug: string, name: string, kind: ActorKind, aliases: Array<string>, isoCode: string | null, wikidataId: string | null, positions: Array<{ slug: string, statement: string, verification: { status: VerificationStatus, note: string | null } }>, events: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ node: { id: string, slug: string, title: string, kind: EventKind, relation: Relation, date: { start: string, end: string | null, precision: DatePrecision, year: number, label: string }, actors: Array<{ role: ActorRole, actor: { slug: string, name: string, kind: ActorKind } }> } }> } } | null };

export type ActorsQueryVariables = Exact<{
  kinds?: Array<ActorKind> | ActorKind | null | undefined;
  text?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ActorsQuery = { actors: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ node: { id: string, slug: string, name: string, kind: ActorKind, aliases: Array<string>, isoCode: string | null, wikidataId: string | null } }> } };

export type DatasetInfoQueryVariables = Exact<{
  style?: CitationStyle | null | undefined;
}>;


export type DatasetInfoQuery = { dataset: { name: string, version: string, license: string, attribution: string, counts: { events: number, actors: number, references: number, passages: number, periods: number, themes: number, positions: number }, source: { id: string, slug: string, role: ReferenceRole, type: string, title: string, year: number | null, url: string | null, citation: string } } };

export type EventPageQueryVariables = Exact<{
  slug: string;
  style?: CitationStyle | null | undefined;
}>;


export type EventPageQuery = { event: { summary: string, countries: Array<string>, id: string, slug: string, title: string, kind: EventKind, relation: Relation, themes: Array<{ slug: string, name: string, kind: string }>, period: { slug: string, name: string, start: { start: string, end: string | null, precision: DatePrecision, year: number, label: string }, end: { start: string, end: string | null, precision: DatePrecision, year: number, label: string } | null } | null, sources: Array<{ quote: string, passage: { slug: string, order: number, section: string | null, text: string }, references: Array<{ id: string, slug: string, role: ReferenceRole, type: string, title: string, year: number | null, url: string | null, citation: string }> }>, verification: { status: VerificationStatus, note: string | null, references: Array<{ id: string, slug: string, role: ReferenceRole, type: string, title: string, year: number | null, url: string | null, citation: string }> }, date: { start: string, end: string | null, precision: DatePrecision, year: number, label: string }, actors: Array<{ role: ActorRole, actor: { slug: string, name: string, kind: ActorKind } }> } | null };

export type EventStatsQueryVariables = Exact<{
  groupBy: EventStatsDimension;
  filter?: EventFilter | null | undefined;
}>;


export type EventStatsQuery = { eventStats: Array<{ key: string, label: string, count: number }> };

export type FuzzyDateFieldsFragment = { start: string, end: string | null, precision: DatePrecision, year: number, label: string };

export type EventSummaryFragment = { id: string, slug: string, title: string, kind: EventKind, relation: Relation, date: { start: string, end: string | null, precision: DatePrecision, year: number, label: string }, actors: Array<{ role: ActorRole, actor: { slug: string, name: string, kind: ActorKind } }> };

export type ActorSummaryFragment = { id: string, slug: string, name: string, kind: ActorKind, aliases: Array<string>, isoCode: string | null, wikidataId: string | null };

export type ReferenceCitationFragment = { id: string, slug: string, role: ReferenceRole, type: string, title: string, year: number | null, url: string | null, citation: string };

export type PageInfoFieldsFragment = { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null };

export type PeriodsAndThemesQueryVariables = Exact<{ [key: string]: never; }>;


export type PeriodsAndThemesQuery = { periods: Array<{ id: string, slug: string, name: string, summary: string, start: { start: string, end: string | null, precision: DatePrecision, year: number, label: string }, end: { start: string, end: string | null, precision: DatePrecision, year: number, label: string } | null }>, themes: Array<{ id: string, slug: string, name: string, kind: string, description: string }> };

export type ReferencesQueryVariables = Exact<{
  style?: CitationStyle | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ReferencesQuery = { references: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ node: { entry: string | null, id: string, slug: string, role: ReferenceRole, type: string, title: string, year: number | null, url: string | null, citation: string, authors: Array<{ family: string | null, given: string | null, literal: string | null }>, citedIn: Array<{ slug: string, order: number }> } }> } };

export type SearchQueryVariables = Exact<{
  query: string;
  types?: Array<SearchResultType> | SearchResultType | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SearchQuery = { search: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, score: number, node:
        | { __typename: 'Actor', slug: string, name: string }
        | { __typename: 'Event', slug: string, title: string, date: { label: string } }
        | { __typename: 'Passage', slug: string, order: number, section: string | null, text: string }
        | { __typename: 'Period', slug: string, name: string }
        | { __typename: 'Position', slug: string, statement: string, holder: { slug: string, name: string } }
        | { __typename: 'Reference', slug: string, title: string, year: number | null }
        | { __typename: 'Theme', slug: string, name: string }
       }> } };

export type TimelineQueryVariables = Exact<{
  from?: string | null | undefined;
  to?: string | null | undefined;
  kinds?: Array<EventKind> | EventKind | null | undefined;
  relations?: Array<Relation> | Relation | null | undefined;
  actors?: Array<string> | string | null | undefined;
  themes?: Array<string> | string | null | undefined;
  periods?: Array<string> | string | null | undefined;
  text?: string | null | undefined;
  orderBy?: EventOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type TimelineQuery = { events: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, slug: string, title: string, kind: EventKind, relation: Relation, period: { slug: string, name: string } | null, date: { start: string, end: string | null, precision: DatePrecision, year: number, label: string }, actors: Array<{ role: ActorRole, actor: { slug: string, name: string, kind: ActorKind } }> } }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const FuzzyDateFieldsFragmentDoc = new TypedDocumentString(`
    fragment FuzzyDateFields on FuzzyDate {
  start
  end
  precision
  year
  label
}
    `, {"fragmentName":"FuzzyDateFields"}) as unknown as TypedDocumentString<FuzzyDateFieldsFragment, unknown>;
export const EventSummaryFragmentDoc = new TypedDocumentString(`
    fragment EventSummary on Event {
  id
  slug
  title
  kind
  relation
  date {
    ...FuzzyDateFields
  }
  actors {
    role
    actor {
      slug
      name
      kind
    }
  }
}
    fragment FuzzyDateFields on FuzzyDate {
  start
  end
  precision
  year
  label
}`, {"fragmentName":"EventSummary"}) as unknown as TypedDocumentString<EventSummaryFragment, unknown>;
export const ActorSummaryFragmentDoc = new TypedDocumentString(`
    fragment ActorSummary on Actor {
  id
  slug
  name
  kind
  aliases
  isoCode
  wikidataId
}
    `, {"fragmentName":"ActorSummary"}) as unknown as TypedDocumentString<ActorSummaryFragment, unknown>;
export const ReferenceCitationFragmentDoc = new TypedDocumentString(`
    fragment ReferenceCitation on Reference {
  id
  slug
  role
  type
  title
  year
  url
  citation(style: $style)
}
    `, {"fragmentName":"ReferenceCitation"}) as unknown as TypedDocumentString<ReferenceCitationFragment, unknown>;
export const PageInfoFieldsFragmentDoc = new TypedDocumentString(`
    fragment PageInfoFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}
    `, {"fragmentName":"PageInfoFields"}) as unknown as TypedDocumentString<PageInfoFieldsFragment, unknown>;
export const ActorProfileDocument = new TypedDocumentString(`
    query ActorProfile($slug: String!, $first: Int = 50, $after: String) {
  actor(slug: $slug) {
    ...ActorSummary
    description
    positions {
      slug
      statement
      verification {
        status
        note
      }
    }
    events(first: $first, after: $after) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      edges {
        node {
          ...EventSummary
        }
      }
    }
  }
}
    fragment FuzzyDateFields on FuzzyDate {
  start
  end
  precision
  year
  label
}
fragment EventSummary on Event {
  id
  slug
  title
  kind
  relation
  date {
    ...FuzzyDateFields
  }
  actors {
    role
    actor {
      slug
      name
      kind
    }
  }
}
fragment ActorSummary on Actor {
  id
  slug
  name
  kind
  aliases
  isoCode
  wikidataId
}
fragment PageInfoFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}`, {"hash":"sha256:4f8e5363e8c15ec15d7594c98ad531077fa202fb00e9a22592c26b16808246b3"}) as unknown as TypedDocumentString<ActorProfileQuery, ActorProfileQueryVariables>;
export const ActorsDocument = new TypedDocumentString(`
    query Actors($kinds: [ActorKind!], $text: String, $first: Int = 100, $after: String) {
  actors(filter: {kinds: $kinds, text: $text}, first: $first, after: $after) {
    totalCount
    pageInfo {
      ...PageInfoFields
    }
    edges {
      node {
        ...ActorSummary
      }
    }
  }
}
    fragment ActorSummary on Actor {
  id
  slug
  name
  kind
  aliases
  isoCode
  wikidataId
}
fragment PageInfoFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}`, {"hash":"sha256:4e1668c7c0f2fb2943357c09acd1a3d95a2a3d9d44a1fd603ab3291e13dad239"}) as unknown as TypedDocumentString<ActorsQuery, ActorsQueryVariables>;
export const DatasetInfoDocument = new TypedDocumentString(`
    query DatasetInfo($style: CitationStyle = CHICAGO) {
  dataset {
    name
    version
    license
    attribution
    counts {
      events
      actors
      references
      passages
      periods
      themes
      positions
    }
    source {
      ...ReferenceCitation
    }
  }
}
    fragment ReferenceCitation on Reference {
  id
  slug
  role
  type
  title
  year
  url
  citation(style: $style)
}`, {"hash":"sha256:0561ab7de0039e7e7bf497b31595b3b228ab2a0944ce29002e7fb7644cc16d17"}) as unknown as TypedDocumentString<DatasetInfoQuery, DatasetInfoQueryVariables>;
export const EventPageDocument = new TypedDocumentString(`
    query EventPage($slug: String!, $style: CitationStyle = CHICAGO) {
  event(slug: $slug) {
    ...EventSummary
    summary
    countries
    themes {
      slug
      name
      kind
    }
    period {
      slug
      name
      start {
        ...FuzzyDateFields
      }
      end {
        ...FuzzyDateFields
      }
    }
    sources {
      quote
      passage {
        slug
        order
        section
        text
      }
      references {
        ...ReferenceCitation
      }
    }
    verification {
      status
      note
      references {
        ...ReferenceCitation
      }
    }
  }
}
    fragment FuzzyDateFields on FuzzyDate {
  start
  end
  precision
  year
  label
}
fragment EventSummary on Event {
  id
  slug
  title
  kind
  relation
  date {
    ...FuzzyDateFields
  }
  actors {
    role
    actor {
      slug
      name
      kind
    }
  }
}
fragment ReferenceCitation on Reference {
  id
  slug
  role
  type
  title
  year
  url
  citation(style: $style)
}`, {"hash":"sha256:d0fbef20f6e2d388ea0fda8d9e6f2d058316e1bb4a9e3b7a2167bd95c5564211"}) as unknown as TypedDocumentString<EventPageQuery, EventPageQueryVariables>;
export const EventStatsDocument = new TypedDocumentString(`
    query EventStats($groupBy: EventStatsDimension!, $filter: EventFilter) {
  eventStats(groupBy: $groupBy, filter: $filter) {
    key
    label
    count
  }
}
    `, {"hash":"sha256:6a5e13c0661e8da766f899beef110b52f67f75793b74068455e6621a55bb048b"}) as unknown as TypedDocumentString<EventStatsQuery, EventStatsQueryVariables>;
export const PeriodsAndThemesDocument = new TypedDocumentString(`
    query PeriodsAndThemes {
  periods {
    id
    slug
    name
    summary
    start {
      ...FuzzyDateFields
    }
    end {
      ...FuzzyDateFields
    }
  }
  themes {
    id
    slug
    name
    kind
    description
  }
}
    fragment FuzzyDateFields on FuzzyDate {
  start
  end
  precision
  year
  label
}`, {"hash":"sha256:6ece755699cadf864a222abb147731ace57ea3bf3f9aefedfbe8b47a4abbd65b"}) as unknown as TypedDocumentString<PeriodsAndThemesQuery, PeriodsAndThemesQueryVariables>;
export const ReferencesDocument = new TypedDocumentString(`
    query References($style: CitationStyle = CHICAGO, $first: Int = 100, $after: String) {
  references(first: $first, after: $after) {
    totalCount
    pageInfo {
      ...PageInfoFields
    }
    edges {
      node {
        ...ReferenceCitation
        entry
        authors {
          family
          given
          literal
        }
        citedIn {
          slug
          order
        }
      }
    }
  }
}
    fragment ReferenceCitation on Reference {
  id
  slug
  role
  type
  title
  year
  url
  citation(style: $style)
}
fragment PageInfoFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}`, {"hash":"sha256:5b916ca3db992eaa7396757894013d34c823fe26781fed136324ec89de9c2252"}) as unknown as TypedDocumentString<ReferencesQuery, ReferencesQueryVariables>;
export const SearchDocument = new TypedDocumentString(`
    query Search($query: String!, $types: [SearchResultType!], $first: Int = 20, $after: String) {
  search(query: $query, types: $types, first: $first, after: $after) {
    totalCount
    pageInfo {
      ...PageInfoFields
    }
    edges {
      cursor
      score
      node {
        __typename
        ... on Event {
          slug
          title
          date {
            label
          }
        }
        ... on Actor {
          slug
          name
        }
        ... on Reference {
          slug
          title
          year
        }
        ... on Passage {
          slug
          order
          section
          text
        }
        ... on Period {
          slug
          name
        }
        ... on Theme {
          slug
          name
        }
        ... on Position {
          slug
          statement
          holder {
            slug
            name
          }
        }
      }
    }
  }
}
    fragment PageInfoFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}`, {"hash":"sha256:01016e9bfc6217992c7e54b349390b65779977eb26e5056f1b46366f71b31f8c"}) as unknown as TypedDocumentString<SearchQuery, SearchQueryVariables>;
export const TimelineDocument = new TypedDocumentString(`
    query Timeline($from: String, $to: String, $kinds: [EventKind!], $relations: [Relation!], $actors: [String!], $themes: [String!], $periods: [String!], $text: String, $orderBy: EventOrder = DATE_ASC, $first: Int = 100, $after: String) {
  events(
    filter: {from: $from, to: $to, kinds: $kinds, relations: $relations, actors: $actors, themes: $themes, periods: $periods, text: $text}
    orderBy: $orderBy
    first: $first
    after: $after
  ) {
    totalCount
    pageInfo {
      ...PageInfoFields
    }
    edges {
      cursor
      node {
        ...EventSummary
        period {
          slug
          name
        }
      }
    }
  }
}
    fragment FuzzyDateFields on FuzzyDate {
  start
  end
  precision
  year
  label
}
fragment EventSummary on Event {
  id
  slug
  title
  kind
  relation
  date {
    ...FuzzyDateFields
  }
  actors {
    role
    actor {
      slug
      name
      kind
    }
  }
}
fragment PageInfoFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}`, {"hash":"sha256:b2792850fb65cdc2e782b8bd721060f0224bfa71970b4d6cc3d3bb192881c2ba"}) as unknown as TypedDocumentString<TimelineQuery, TimelineQueryVariables>;