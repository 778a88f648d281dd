import type { DatasetRecords } from "../entities.js";
import type { Actor, Event, Passage, Period, Position, Reference, Theme } from "../schema/index.js";
import type { ActorFilter } from "./ActorFilter.js";
import { ActorIndex } from "./ActorIndex.js";
import { DocumentIndex } from "./DocumentIndex.js";
import { describeEventFilter } from "./describeEventFilter.js";
import type { EventFilter, EventOrder } from "./EventFilter.js";
import { EventIndex, type CitingRecord } from "./EventIndex.js";
import { indexPassageQuotes, type PassageQuote } from "./PassageQuotes.js";
import {
  SearchIndex,
  type SearchHit,
  type SearchType,
  type SerialisedSearchIndex,
} from "./SearchIndex.js";
import type { StatsBucket, StatsDimension } from "./statsDimensions.js";

/** How a DatasetIndex gets its search index. */
export interface DatasetIndexOptions {
  /**
   * A serialised search index for these records (what `serialiseSearchIndex()` returns), read
   * at the first search. When it gives none, or one made for other records, the index is built
   * from the records instead, also at the first search.
   */
  searchIndex?: () => unknown;
}

/**
 * The query layer: the dataset indexed once, with lookups, event filters, statistics and
 * search. The gateway and npm users share it, so both get the same answers. It is made of an
 * event index (lookups, dates, filters, stats), a search index (an inverted index, made at
 * the first search or text filter), an actor index (actor filters) and a document index
 * (documents and their passages), and each method here is answered by one of them.
 */
export class DatasetIndex {
  readonly records: DatasetRecords;
  private readonly eventIndex: EventIndex;
  private readonly options: DatasetIndexOptions;
  private searchIndexMade?: SearchIndex;
  private readonly actorIndex: ActorIndex;
  private readonly documentIndex: DocumentIndex;
  /** Built on first use of `quotesIn`. */
  private passageQuotes: Map<string, PassageQuote[]> | undefined;

  constructor(records: DatasetRecords, options: DatasetIndexOptions = {}) {
    this.records = records;
    this.options = options;
    this.eventIndex = new EventIndex(records, (words) => this.searchIndex.eventMatcher(words));
    this.documentIndex = new DocumentIndex(records, this.eventIndex);
    this.actorIndex = new ActorIndex(records, {
      searchActors: (text) =>
        this.searchIndex
          .search(text, ["actor"])
          .flatMap((hit) => (hit.type === "actor" ? [hit.record] : [])),
      filterEvents: (filter) => this.eventIndex.filterEvents(filter),
      hasReference: (slug) => this.eventIndex.getReference(slug) !== undefined,
    });
  }

  /** Made on first use: a process that never searches never pays for it. */
  private get searchIndex(): SearchIndex {
    return (this.searchIndexMade ??= new SearchIndex(this.records, this.options.searchIndex?.()));
  }

  /**
   * Loads or builds the search index now rather than at the first search, so that no request
   * pays for it (a server calls this before it listens).
   */
  prepareSearch(): void {
    void this.searchIndex;
  }

  /**
   * The search index as JSON, to pass back through `options.searchIndex` with the same records
   * (the package does this for the released dataset with `dist/search-index.json`).
   */
  serialiseSearchIndex(comment?: string): SerialisedSearchIndex {
    return this.searchIndex.serialise(comment);
  }

  getEvent(slug: string): Event | undefined {
    return this.eventIndex.getEvent(slug);
  }
  getActor(slug: string): Actor | undefined {
    return this.eventIndex.getActor(slug);
  }
  getReference(slug: string): Reference | undefined {
    return this.eventIndex.getReference(slug);
  }
  getPassage(slug: string): Passage | undefined {
    return this.eventIndex.getPassage(slug);
  }
  getPeriod(slug: string): Period | undefined {
    return this.eventIndex.getPeriod(slug);
  }
  getTheme(slug: string): Theme | undefined {
    return this.eventIndex.getTheme(slug);
  }
  getPosition(slug: string): Position | undefined {
    return this.eventIndex.getPosition(slug);
  }

  /** The primary source: the article the dataset is drawn from. */
  get source(): Reference {
    return this.eventIndex.source;
  }

  /** Every document (a reference whose passages are kept): the article first, then the record. */
  documents(): readonly Reference[] {
    return this.documentIndex.documents();
  }
  /** The passages kept from a document, in its order; empty for an unknown slug. */
  passagesOf(documentSlug: string): readonly Passage[] {
    return this.documentIndex.passagesOf(documentSlug);
  }
  /** The documents that attest a record through the passages of its `sources`. */
  documentsAttesting(record: { sources: readonly { passage: string }[] }): Reference[] {
    return this.documentIndex.documentsAttesting(record.sources);
  }

  /** Events of the record that correct an article's event, where the record disagrees with it. */
  correctionsOf(eventSlug: string): readonly Event[] {
    return this.documentIndex.corrections(eventSlug);
  }

  /** Events matching a filter, in date order. Throws QueryError on unknown slugs or bad dates. */
  filterEvents(filter: EventFilter = {}, order: EventOrder = "DATE_ASC"): Event[] {
    return this.eventIndex.filterEvents(filter, order);
  }
  /**
   * A filter in words ("events from 2014 to 2022; actors: Russia"), records named by their
   * names. Throws QueryError as `filterEvents` does, so only a filter the API accepts is named.
   */
  describeFilter(filter: EventFilter = {}): string {
    this.filterEvents(filter);
    return describeEventFilter(filter, {
      actor: (slug) => this.getActor(slug)?.name,
      theme: (slug) => this.getTheme(slug)?.name,
      period: (slug) => this.getPeriod(slug)?.name,
      reference: (slug) => this.getReference(slug)?.csl.title,
    });
  }
  /** Every period, earliest start first. */
  periods(): readonly Period[] {
    return this.eventIndex.periods();
  }
  /** Every theme, alphabetically by name (English collation). */
  themes(): readonly Theme[] {
    return this.eventIndex.themes();
  }
  /** Events an actor takes part in, in date order. */
  eventsOfActor(slug: string): Event[] {
    return this.eventIndex.eventsOfActor(slug);
  }
  /** Events tagged with a theme, in date order. */
  eventsOfTheme(slug: string): Event[] {
    return this.eventIndex.eventsOfTheme(slug);
  }
  /** Events that fall in a period, in date order. */
  eventsOfPeriod(slug: string): Event[] {
    return this.eventIndex.eventsOfPeriod(slug);
  }
  /** Passages whose in-text citations point to a reference, in article order. */
  passagesCiting(referenceSlug: string): Passage[] {
    return this.eventIndex.passagesCiting(referenceSlug);
  }
  /** The records that cite a reference, in their sources or their check (see EventIndex). */
  citedBy(referenceSlug: string): CitingRecord[] {
    return this.eventIndex.citedBy(referenceSlug);
  }
  /**
   * The records that quote a passage in their `sources`, one item per quote, in the order the
   * quotes start in the passage's text (see PassageQuotes). Empty for an unknown slug.
   */
  quotesIn(passageSlug: string): readonly PassageQuote[] {
    this.passageQuotes ??= indexPassageQuotes(this.records);
    return this.passageQuotes.get(passageSlug) ?? [];
  }
  /** Positions, optionally only those held by one actor. */
  positionsOf(actorSlug?: string | null): Position[] {
    return this.eventIndex.positionsOf(actorSlug);
  }
  /** Resolves an in-text citation such as "Srimbovschi 2011" to its reference. */
  resolveCitation(citation: string): Reference | undefined {
    return this.eventIndex.resolveCitation(citation);
  }
  /** Counts of the filtered events per year, decade, kind, relation, actor, theme or period. */
  eventStats(groupBy: StatsDimension, filter: EventFilter = {}): StatsBucket[] {
    return this.eventIndex.eventStats(groupBy, filter);
  }

  /**
   * Full-text search over every type. Folds case and diacritics; every word of the query must
   * match (a word prefix counts half; a word found nowhere, whole or as a prefix, matches words
   * one or two edits away); results are ranked by weighted matches, a whole name first.
   */
  search(query: string, types?: readonly SearchType[]): SearchHit[] {
    return this.searchIndex.search(query, types);
  }

  /**
   * Actors matching a filter (kinds, countries, verification, a cited reference, the events
   * they take part in, text): in dataset order, or by relevance when filtered by text. Throws
   * QueryError on bad input, as `filterEvents` and `search` do.
   */
  filterActors(filter: ActorFilter = {}): Actor[] {
    return this.actorIndex.filterActors(filter);
  }
}
