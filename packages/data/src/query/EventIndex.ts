import type { DatasetRecords } from "../entities.js";
import {
  isDocumentRole,
  type Actor,
  type Event,
  type Passage,
  type Period,
  type Position,
  type Reference,
  type Theme,
} from "../schema/index.js";
import { resolveCitation } from "../text/resolveCitation.js";
import { checkCountryCode } from "./countryCode.js";
import { lowerBound, parseBound, spanOf, upperBound, yearOf } from "./dateBounds.js";
import type { EventFilter, EventOrder } from "./EventFilter.js";
import { freeTextWords } from "./freeText.js";
import { intersectRanks } from "./intersectRanks.js";
import { QueryError } from "./QueryError.js";
import { humanizeEnum } from "./statsLabels.js";
import type { StatsBucket, StatsDimension } from "./statsDimensions.js";

/** A record citing a reference, and where: in its sources, its verification, or both. */
export type CitingRecord = (
  | { type: "event"; record: Event }
  | { type: "actor"; record: Actor }
  | { type: "period"; record: Period }
  | { type: "theme"; record: Theme }
  | { type: "position"; record: Position }
) & { slug: string; via: readonly ("SOURCE" | "VERIFICATION")[] };

/**
 * Which events' texts hold every word of a filter's `text` (the search index decides), asked
 * once per filter: events are given by their position in `records.events`.
 */
export type EventTextMatcher = (words: readonly string[]) => (position: number) => boolean;

interface IndexedEvent {
  event: Event;
  /** Position in date order. */
  rank: number;
  /** Position in `records.events`. */
  position: number;
  low: string;
  high: string;
}

function groupBy<T>(
  items: readonly T[],
  keys: (item: T) => readonly (string | undefined)[],
): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    for (const key of keys(item)) {
      if (key === undefined) continue;
      const list = map.get(key);
      if (list) list.push(item);
      else map.set(key, [item]);
    }
  }
  return map;
}

function bySlug<T extends { slug: string }>(list: readonly T[]): Map<string, T> {
  return new Map(list.map((r) => [r.slug, r]));
}

/**
 * Records by slug and events by date, tag and link: lookups, event filters, statistics and
 * their labels. Free text in a filter is matched by the search index, passed in as `matchesText`.
 */
export class EventIndex {
  readonly records: DatasetRecords;
  private readonly eventMap: Map<string, Event>;
  private readonly actorMap: Map<string, Actor>;
  private readonly referenceMap: Map<string, Reference>;
  private readonly passageMap: Map<string, Passage>;
  private readonly periodMap: Map<string, Period>;
  private readonly themeMap: Map<string, Theme>;
  private readonly positionMap: Map<string, Position>;
  /** Events sorted by start, then end, then slug. */
  private readonly sorted: IndexedEvent[];
  /** The latest end among the sorted events up to each rank: rises with rank, so searchable. */
  private readonly latestEndUpTo: string[];
  /** The ranks of each index list, in a typed array, made on the list's first use in a filter. */
  private readonly rankArrays = new WeakMap<readonly IndexedEvent[], Int32Array>();
  private readonly byActor: Map<string, IndexedEvent[]>;
  private readonly byTheme: Map<string, IndexedEvent[]>;
  private readonly byPeriod: Map<string, IndexedEvent[]>;
  private readonly byKind: Map<string, IndexedEvent[]>;
  private readonly byCountry: Map<string, IndexedEvent[]>;
  private readonly byStatus: Map<string, IndexedEvent[]>;
  private readonly byReference: Map<string, IndexedEvent[]>;
  private readonly byDocument: Map<string, IndexedEvent[]>;
  private readonly byDocumentRole: Map<string, IndexedEvent[]>;
  private readonly citedIn: Map<string, Passage[]>;
  private readonly periodsByDate: readonly Period[];
  private readonly themesByName: readonly Theme[];

  constructor(
    records: DatasetRecords,
    private readonly matchesText: EventTextMatcher,
  ) {
    this.records = records;
    this.eventMap = bySlug(records.events);
    this.actorMap = bySlug(records.actors);
    this.referenceMap = bySlug(records.references);
    this.passageMap = bySlug(records.passages);
    this.periodMap = bySlug(records.periods);
    this.themeMap = bySlug(records.themes);
    this.positionMap = bySlug(records.positions);

    // ISO dates and ASCII slugs: code-unit order is their order, far cheaper than localeCompare.
    const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
    this.sorted = records.events
      .map((event, position) => ({ event, rank: 0, position, ...spanOf(event.date) }))
      .sort(
        (a, b) =>
          compare(a.low, b.low) || compare(a.high, b.high) || compare(a.event.slug, b.event.slug),
      );
    this.sorted.forEach((e, i) => (e.rank = i));
    let latest = "";
    this.latestEndUpTo = this.sorted.map((e) => (latest = e.high > latest ? e.high : latest));
    this.byActor = groupBy(this.sorted, (e) => [...new Set(e.event.actors.map((a) => a.actor))]);
    this.byTheme = groupBy(this.sorted, (e) => e.event.themes);
    this.byPeriod = groupBy(this.sorted, (e) => [e.event.period]);
    this.byKind = groupBy(this.sorted, (e) => [e.event.kind]);
    this.byCountry = groupBy(this.sorted, (e) => [...new Set(e.event.countries)]);
    this.byStatus = groupBy(this.sorted, (e) => [e.event.verification.status]);
    this.byReference = groupBy(this.sorted, (e) => [
      ...new Set([
        ...e.event.sources.flatMap((s) => s.references),
        ...e.event.verification.references,
      ]),
    ]);
    this.byDocument = groupBy(this.sorted, (e) => [
      ...new Set(e.event.sources.map((s) => this.passageMap.get(s.passage)?.document)),
    ]);
    this.byDocumentRole = groupBy(this.sorted, (e) => [
      ...new Set(
        e.event.sources.map((s) => {
          const document = this.passageMap.get(s.passage)?.document;
          return document === undefined ? undefined : this.referenceMap.get(document)?.role;
        }),
      ),
    ]);
    this.periodsByDate = records.periods
      .map((period) => ({ period, start: spanOf(period.start).low }))
      .sort((a, b) => compare(a.start, b.start) || compare(a.period.slug, b.period.slug))
      .map(({ period }) => period);
    this.themesByName = [...records.themes].sort(
      (a, b) => a.name.localeCompare(b.name, "en") || compare(a.slug, b.slug),
    );
    this.citedIn = groupBy(records.passages, (p) => [
      ...new Set(p.citations.map((c) => c.reference)),
    ]);
  }

  getEvent(slug: string): Event | undefined {
    return this.eventMap.get(slug);
  }
  getActor(slug: string): Actor | undefined {
    return this.actorMap.get(slug);
  }
  getReference(slug: string): Reference | undefined {
    return this.referenceMap.get(slug);
  }
  getPassage(slug: string): Passage | undefined {
    return this.passageMap.get(slug);
  }
  getPeriod(slug: string): Period | undefined {
    return this.periodMap.get(slug);
  }
  getTheme(slug: string): Theme | undefined {
    return this.themeMap.get(slug);
  }
  getPosition(slug: string): Position | undefined {
    return this.positionMap.get(slug);
  }

  /** The primary source: the article the dataset is drawn from. */
  get source(): Reference {
    const primary = this.records.references.find((r) => r.role === "PRIMARY");
    if (!primary) throw new Error("the dataset has no PRIMARY reference");
    return primary;
  }

  /** Events matching a filter, in date order. Throws QueryError on unknown slugs or bad dates. */
  filterEvents(filter: EventFilter = {}, order: EventOrder = "DATE_ASC"): Event[] {
    const from = filter.from ? lowerBound(parseBound(filter.from, "from")) : undefined;
    const to = filter.to ? upperBound(parseBound(filter.to, "to")) : undefined;
    if (from && to && from > to) {
      throw new QueryError("BAD_RANGE", `from (${filter.from}) is after to (${filter.to})`, "from");
    }
    // Each index list is in date order (rank); the candidates are their intersection.
    const lists: Int32Array[] = [];
    const collect = (
      values: readonly string[] | null | undefined,
      index: Map<string, IndexedEvent[]>,
      check: (value: string) => void,
    ) => {
      if (!values || values.length === 0) return;
      values.forEach(check);
      if (values.length === 1) {
        lists.push(this.ranksOf(index.get(values[0]!) ?? []));
        return;
      }
      const union = new Set<number>();
      for (const v of values) for (const rank of this.ranksOf(index.get(v) ?? [])) union.add(rank);
      lists.push(Int32Array.from(union).sort());
    };
    const slugOf = (map: Map<string, unknown>, field: string) => (slug: string) => {
      if (!map.has(slug))
        throw new QueryError("UNKNOWN_SLUG", `${field} has an unknown slug "${slug}"`, field);
    };
    const anything = () => {};
    collect(filter.actors, this.byActor, slugOf(this.actorMap, "actors"));
    collect(filter.themes, this.byTheme, slugOf(this.themeMap, "themes"));
    collect(filter.periods, this.byPeriod, slugOf(this.periodMap, "periods"));
    collect(filter.kinds, this.byKind, anything);
    collect(filter.verification, this.byStatus, anything);
    collect(filter.countries, this.byCountry, (code) => checkCountryCode(code, "countries"));
    collect(filter.sources, this.byDocument, (slug) => {
      const reference = this.referenceMap.get(slug);
      if (!reference)
        throw new QueryError("UNKNOWN_SLUG", `sources has an unknown slug "${slug}"`, "sources");
      if (!isDocumentRole(reference.role))
        throw new QueryError(
          "NOT_A_DOCUMENT",
          `sources has "${slug}", a ${reference.role} reference; give the article or a document of the record`,
          "sources",
        );
    });
    collect(filter.documentRoles, this.byDocumentRole, anything);
    if (filter.reference != null)
      collect([filter.reference], this.byReference, slugOf(this.referenceMap, "reference"));

    // Ranks follow start dates: before `start` every event ended before `from`, and from
    // `end` on every event starts after `to`. Only ranks in between can match.
    const start = from ? this.firstEndingFrom(from) : 0;
    const end = to ? this.firstStartingAfter(to) : this.sorted.length;
    const ranks = lists.length > 0 ? intersectRanks(lists, start, end) : undefined;
    const relations = filter.relations?.length ? new Set(filter.relations) : undefined;
    const words = filter.text ? freeTextWords(filter.text, "text") : [];
    const matchesText = words.length ? this.matchesText(words) : undefined;

    const events: Event[] = [];
    const count = ranks ? ranks.length : Math.max(0, end - start);
    for (let i = 0; i < count; i++) {
      const e = this.sorted[ranks ? ranks[i]! : start + i]!;
      if (from && e.high < from) continue;
      if (relations && !relations.has(e.event.relation)) continue;
      if (matchesText && !matchesText(e.position)) continue;
      events.push(e.event);
    }
    return order === "DATE_DESC" ? events.reverse() : events;
  }

  /** The ranks of an index list, as a typed array (kept: lists never change). */
  private ranksOf(list: readonly IndexedEvent[]): Int32Array {
    let ranks = this.rankArrays.get(list);
    if (!ranks) this.rankArrays.set(list, (ranks = Int32Array.from(list, (e) => e.rank)));
    return ranks;
  }

  /** Rank of the first event such that none before it ends on or after `day`. */
  private firstEndingFrom(day: string): number {
    let lo = 0;
    let hi = this.latestEndUpTo.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.latestEndUpTo[mid]! < day) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Index of the first event that starts after `day` (binary search over the sorted events). */
  private firstStartingAfter(day: string): number {
    let lo = 0;
    let hi = this.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.sorted[mid]!.low <= day) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Every period, earliest start first. */
  periods(): readonly Period[] {
    return this.periodsByDate;
  }
  /** Every theme, alphabetically by name (English collation). */
  themes(): readonly Theme[] {
    return this.themesByName;
  }

  /** Events an actor takes part in, in date order. */
  eventsOfActor(slug: string): Event[] {
    return (this.byActor.get(slug) ?? []).map((e) => e.event);
  }
  /** Events tagged with a theme, in date order. */
  eventsOfTheme(slug: string): Event[] {
    return (this.byTheme.get(slug) ?? []).map((e) => e.event);
  }
  /** Events that fall in a period, in date order. */
  eventsOfPeriod(slug: string): Event[] {
    return (this.byPeriod.get(slug) ?? []).map((e) => e.event);
  }
  /** Passages whose in-text citations point to a reference, in article order. */
  passagesCiting(referenceSlug: string): Passage[] {
    return this.citedIn.get(referenceSlug) ?? [];
  }

  /** Records citing each reference, built on first use of `citedBy`. */
  private citing: Map<string, CitingRecord[]> | undefined;

  /**
   * The records that cite a reference, in their sources (`sources[].references`) or their check
   * (`verification.references`): events in date order, then actors, periods, themes and
   * positions in dataset order. Empty for an unknown slug or a reference no record cites.
   */
  citedBy(referenceSlug: string): CitingRecord[] {
    if (!this.citing) {
      const map = new Map<string, CitingRecord[]>();
      const add = (
        type: CitingRecord["type"],
        record: CitingRecord["record"] & {
          sources: readonly { references: readonly string[] }[];
          verification?: { references: readonly string[] };
        },
      ) => {
        const via = new Map<string, CitingRecord["via"]>();
        for (const s of record.sources) for (const ref of s.references) via.set(ref, ["SOURCE"]);
        for (const ref of record.verification?.references ?? [])
          via.set(ref, [...(via.get(ref) ?? []), "VERIFICATION"]);
        for (const [ref, how] of via) {
          const hit = { type, slug: record.slug, record, via: how } as CitingRecord;
          const list = map.get(ref);
          if (list) list.push(hit);
          else map.set(ref, [hit]);
        }
      };
      for (const e of this.sorted) add("event", e.event);
      for (const a of this.records.actors) add("actor", a);
      for (const p of this.records.periods) add("period", p);
      for (const t of this.records.themes) add("theme", t);
      for (const p of this.records.positions) add("position", p);
      this.citing = map;
    }
    return this.citing.get(referenceSlug) ?? [];
  }

  /** Positions, optionally only those held by one actor. */
  positionsOf(actorSlug?: string | null): Position[] {
    if (!actorSlug) return [...this.records.positions];
    if (!this.actorMap.has(actorSlug)) {
      throw new QueryError("UNKNOWN_SLUG", `actor has an unknown slug "${actorSlug}"`, "actor");
    }
    return this.records.positions.filter((p) => p.holder === actorSlug);
  }
  /** Resolves an in-text citation such as "Srimbovschi 2011" to its reference. */
  resolveCitation(citation: string): Reference | undefined {
    return resolveCitation(citation, this.records.references);
  }

  /** Counts of the filtered events per year, decade, kind, relation, actor, theme or period. */
  eventStats(groupBy: StatsDimension, filter: EventFilter = {}): StatsBucket[] {
    const counts = new Map<string, number>();
    const add = (key: string | undefined) => {
      if (key !== undefined) counts.set(key, (counts.get(key) ?? 0) + 1);
    };
    for (const e of this.filterEvents(filter)) {
      switch (groupBy) {
        case "YEAR":
          add(String(yearOf(e.date)));
          break;
        case "DECADE":
          add(String(Math.floor(yearOf(e.date) / 10) * 10));
          break;
        case "KIND":
          add(e.kind);
          break;
        case "RELATION":
          add(e.relation);
          break;
        case "ACTOR":
          new Set(e.actors.map((a) => a.actor)).forEach(add);
          break;
        case "THEME":
          e.themes.forEach(add);
          break;
        case "PERIOD":
          add(e.period);
          break;
      }
    }
    const buckets = [...counts].map(([key, count]) => ({
      key,
      label: this.bucketLabel(groupBy, key),
      count,
    }));
    if (groupBy === "YEAR") return this.timeline(counts, 1);
    if (groupBy === "DECADE") return this.timeline(counts, 10);
    return buckets.sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
  }

  /**
   * Every year (step 1) or decade (step 10) from the first to the last one holding an event,
   * in order, those with none as zero: a chart's axis keeps its proportions without filling gaps.
   */
  private timeline(counts: ReadonlyMap<string, number>, step: 1 | 10): StatsBucket[] {
    if (counts.size === 0) return [];
    const keys = [...counts.keys()].map(Number);
    const dimension = step === 1 ? "YEAR" : "DECADE";
    const buckets: StatsBucket[] = [];
    for (let year = Math.min(...keys); year <= Math.max(...keys); year += step) {
      const key = String(year);
      buckets.push({ key, label: this.bucketLabel(dimension, key), count: counts.get(key) ?? 0 });
    }
    return buckets;
  }

  private bucketLabel(dimension: StatsDimension, key: string): string {
    switch (dimension) {
      case "YEAR":
        return key;
      case "DECADE":
        return `${key}s`;
      case "KIND":
      case "RELATION":
        return humanizeEnum(key);
      case "ACTOR":
        return this.actorMap.get(key)?.name ?? key;
      case "THEME":
        return this.themeMap.get(key)?.name ?? key;
      case "PERIOD":
        return this.periodMap.get(key)?.name ?? key;
    }
  }
}
