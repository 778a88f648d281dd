import type { DatasetRecords } from "../entities.js";
import type { Actor, Event, Passage, Period, Position, Reference, Theme } from "../schema/index.js";
import { freeTextWords } from "./freeText.js";
import { InvertedIndex, SCORE_TWELFTHS, type InvertedIndexData } from "./InvertedIndex.js";
import { QueryError } from "./QueryError.js";
import { SEARCHED, searchFields, type SearchType } from "./searchFields.js";

export type { SearchType } from "./searchFields.js";

/** One search result: the record, its type and its relevance. */
export type SearchHit =
  | { type: "event"; slug: string; score: number; record: Event }
  | { type: "actor"; slug: string; score: number; record: Actor }
  | { type: "reference"; slug: string; score: number; record: Reference }
  | { type: "passage"; slug: string; score: number; record: Passage }
  | { type: "period"; slug: string; score: number; record: Period }
  | { type: "theme"; slug: string; score: number; record: Theme }
  | { type: "position"; slug: string; score: number; record: Position };

/** The search index as JSON: what `dist/search-index.json` holds for the released dataset. */
export interface SerialisedSearchIndex {
  $comment?: string;
  format: typeof FORMAT;
  /** Of the records it was built from: their types and slugs, in order. */
  fingerprint: string;
  index: InvertedIndexData;
}

const FORMAT = 1;

/**
 * Full-text search over every record, through an inverted index of their weighted fields
 * (see searchFields). Also decides which events an event filter's `text` matches.
 */
export class SearchIndex {
  private readonly records: DatasetRecords;
  private readonly index: InvertedIndex;
  /** Where each type's documents start, in SEARCHED order, and end (the last entry). */
  private readonly starts: number[];
  /** Documents by type, then slug: ties in score are broken by this rank (and back). */
  private tieRanks?: { rank: Int32Array; doc: Int32Array; length: number };

  /**
   * Builds the index, or takes a serialised one when it was made for these records (same
   * types and slugs in the same order); any other is ignored and the index built.
   */
  constructor(records: DatasetRecords, serialised?: unknown) {
    this.records = records;
    this.starts = [0];
    for (const { records: name } of SEARCHED)
      this.starts.push(this.starts.at(-1)! + records[name].length);
    const loaded = serialised as Partial<SerialisedSearchIndex> | undefined;
    this.index =
      loaded?.format === FORMAT && loaded.index && loaded.fingerprint === this.fingerprint()
        ? InvertedIndex.fromData(loaded.index, this.starts.at(-1)!)
        : InvertedIndex.build(searchFields(records));
  }

  /** The index as JSON, for loading with the same records. */
  serialise(comment?: string): SerialisedSearchIndex {
    return {
      ...(comment ? { $comment: comment } : {}),
      format: FORMAT,
      fingerprint: this.fingerprint(),
      index: this.index.toData(),
    };
  }

  /**
   * Full-text search over every type. Folds case and diacritics; every word of the query must
   * match (a word prefix counts half; a word found nowhere matches near spellings); results are
   * ranked by weighted matches, a query equal to a record's whole name first.
   */
  search(query: string, types?: readonly SearchType[]): SearchHit[] {
    const words = freeTextWords(query, "query");
    if (words.length === 0)
      throw new QueryError(
        "EMPTY_QUERY",
        "query must contain at least one letter or digit",
        "query",
      );
    const wanted = types && new Set(types.map((type) => TYPE_INDEX[type]));
    const { docs, scores } = this.index.query(
      words,
      wanted && ((doc) => wanted.has(this.typeIndexOf(doc))),
    );
    return this.ranked(docs, scores);
  }

  /**
   * Hits best first, equal scores by type then slug. Each hit is sorted as one number, (best
   * score − score) × documents + tie rank, which a typed array sorts without a comparator:
   * at 100k records a comparator sort of 70k hits took most of a search's time.
   */
  private ranked(docs: Int32Array, scores: Float64Array): SearchHit[] {
    const ties = (this.tieRanks ??= this.rankByTypeAndSlug());
    const documents = ties.length;
    const count = docs.length;
    const units = new Float64Array(count);
    let best = 0;
    for (let i = 0; i < count; i++) {
      const unit = Math.round(scores[i]! * SCORE_TWELFTHS);
      units[i] = unit;
      if (unit > best) best = unit;
    }
    const keys = new Float64Array(count);
    for (let i = 0; i < count; i++) keys[i] = (best - units[i]!) * documents + ties.rank[docs[i]!]!;
    keys.sort();
    const hits = new Array<SearchHit>(count);
    for (let i = 0; i < count; i++) {
      const key = keys[i]!;
      const rank = key % documents;
      hits[i] = this.hit(ties.doc[rank]!, (best - (key - rank) / documents) / SCORE_TWELFTHS);
    }
    return hits;
  }

  /** Which events (by position in `records.events`) hold every word, as search matches them. */
  eventMatcher(words: readonly string[]): (position: number) => boolean {
    const events = this.records.events.length;
    const { docs } = this.index.query(words, (doc) => doc < events);
    const matched = new Uint8Array(events);
    for (const doc of docs) matched[doc] = 1;
    return (position) => matched[position] === 1;
  }

  private hit(doc: number, score: number): SearchHit {
    if (doc < this.starts[1]!) {
      const record = this.records.events[doc]!;
      return { type: "event", slug: record.slug, score, record };
    }
    const t = this.typeIndexOf(doc);
    const record = this.records[SEARCHED[t]!.records][doc - this.starts[t]!]!;
    return { type: SEARCHED[t]!.type, slug: record.slug, score, record } as SearchHit;
  }

  private typeIndexOf(doc: number): number {
    let t = 0;
    while (doc >= this.starts[t + 1]!) t++;
    return t;
  }

  /** Ranks of the documents in TYPE_RANK order, then by slug (code units: slugs are ASCII). */
  private rankByTypeAndSlug(): { rank: Int32Array; doc: Int32Array; length: number } {
    const slugs: string[] = [];
    for (const { records: name } of SEARCHED)
      for (const r of this.records[name]) slugs.push(r.slug);
    const typeRank = (doc: number) => TYPE_RANK[SEARCHED[this.typeIndexOf(doc)]!.type];
    const byRank = Array.from(slugs.keys())
      .map((doc) => ({ doc, type: typeRank(doc), slug: slugs[doc]! }))
      .sort((a, b) => a.type - b.type || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
    const rank = new Int32Array(slugs.length);
    const doc = new Int32Array(slugs.length);
    byRank.forEach((entry, r) => {
      rank[entry.doc] = r;
      doc[r] = entry.doc;
    });
    return { rank, doc, length: slugs.length };
  }

  /** The records' types and slugs, in document order, hashed (FNV-1a): what an index fits. */
  private fingerprint(): string {
    let hash = 0x811c9dc5;
    const add = (text: string) => {
      for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
      hash = Math.imul(hash ^ 10, 0x01000193);
    };
    for (const { type, records: name } of SEARCHED) {
      add(type);
      for (const record of this.records[name]) add(record.slug);
    }
    return `${this.starts.at(-1)}:${(hash >>> 0).toString(16)}`;
  }
}

/** Equal scores list events first, passages last. */
const TYPE_RANK: Record<SearchType, number> = {
  event: 0,
  actor: 1,
  theme: 2,
  period: 3,
  position: 4,
  reference: 5,
  passage: 6,
};
const TYPE_INDEX = Object.fromEntries(SEARCHED.map(({ type }, i) => [type, i])) as Record<
  SearchType,
  number
>;
