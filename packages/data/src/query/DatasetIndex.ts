import type { DatasetRecords } from "../entities.js";
import type { Actor, Event, Passage, Period, Position, Reference, Theme } from "../schema/index.js";
import type { ActorFilter } from "./ActorFilter.js";
import type { EventFilter, EventOrder } from "./EventFilter.js";
import { EventIndex, type CitingRecord } from "./EventIndex.js";
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
 * event index (lookups, dates, filters, stats) and a search index (an inverted index, made at
 * the first search or text filter), and each method here is answered by one of them.
 */
export class DatasetIndex {
  readonly records: DatasetRecords;
  private readonly eventIndex: EventIndex;
  private readonly options: DatasetIndexOptions;
  private searchIndexMade?: SearchIndex;

  constructor(records: DatasetRecords, options: DatasetIndexOptions = {}) {
    this.records = records;
    this.options = options;
    this.eventIndex = new EventIndex(records, (words) => this.searchIndex.eventMatcher(words));
  }

  /** Made on first use: a process that never searches never pays for it. */
  private get searchIndex(): SearchIndex {
    return (this.searchIndexMade ??= new SearchIndex(this.records, this.options.searchIndex?.()));
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

  /** Events matching a filter, in date order. Throws QueryError on unknown slugs or bad dates. */
  filterEvents(filter: EventFilter = {}, order: EventOrder = "DATE_ASC"): Event[] {
    return this.eventIndex.filterEvents(filter, order);
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
   * Actors of some kinds and/or matching words: in dataset order, or by relevance when
   * filtered by text. Throws QueryError as `search` does on an empty or too long text.
   */
  filterActors(filter: ActorFilter = {}): Actor[] {
    const actors = filter.text
      ? this.search(filter.text, ["actor"]).flatMap((hit) =>
          hit.type === "actor" ? [hit.record] : [],
        )
      : [...this.records.actors];
    const kinds = filter.kinds?.length ? new Set(filter.kinds) : undefined;
    return kinds ? actors.filter((a) => kinds.has(a.kind)) : actors;
  }
}
