import type { DatasetRecords } from "../entities.js";
import type { Actor, Event, Passage, Period, Position, Reference, Theme } from "../schema/index.js";
import { freeTextWords } from "./freeText.js";
import { QueryError } from "./QueryError.js";
import {
  scoreDocument,
  searchDocument,
  type FieldMemo,
  type SearchDocument,
} from "./searchText.js";

export type SearchType =
  "event" | "actor" | "reference" | "passage" | "period" | "theme" | "position";

/** One search result: the record, its type and its relevance. */
export type SearchHit =
  | { type: "event"; slug: string; score: number; record: Event }
  | { type: "actor"; slug: string; score: number; record: Actor }
  | { type: "reference"; slug: string; score: number; record: Reference }
  | { type: "passage"; slug: string; score: number; record: Passage }
  | { type: "period"; slug: string; score: number; record: Period }
  | { type: "theme"; slug: string; score: number; record: Theme }
  | { type: "position"; slug: string; score: number; record: Position };

/**
 * Full-text search over every record: one weighted search document per record, built once,
 * scored against a query's words. Also decides which events an event filter's `text` matches.
 */
export class SearchIndex {
  private readonly records: DatasetRecords;
  private readonly referenceMap: Map<string, Reference>;
  private readonly eventDocs = new Map<Event, SearchDocument>();
  private readonly searchDocs: { hit: Omit<SearchHit, "score">; doc: SearchDocument }[];

  constructor(records: DatasetRecords) {
    this.records = records;
    this.referenceMap = new Map(records.references.map((r) => [r.slug, r]));
    const memo: FieldMemo = new Map();
    for (const event of records.events) this.eventDocs.set(event, this.eventDocument(event, memo));
    this.searchDocs = this.buildSearchDocuments();
  }

  /**
   * Full-text search over every type. Folds case and diacritics; every word of the query must
   * match (a word prefix counts half); results are ranked by weighted matches.
   */
  search(query: string, types?: readonly SearchType[]): SearchHit[] {
    const tokens = freeTextWords(query, "query");
    if (tokens.length === 0)
      throw new QueryError(
        "EMPTY_QUERY",
        "query must contain at least one letter or digit",
        "query",
      );
    const wanted = types ? new Set(types) : undefined;
    const hits: SearchHit[] = [];
    for (const { hit, doc } of this.searchDocs) {
      if (wanted && !wanted.has(hit.type)) continue;
      const score = scoreDocument(doc, tokens);
      if (score > 0) hits.push({ ...hit, score } as SearchHit);
    }
    return hits.sort(
      (a, b) =>
        b.score - a.score || TYPE_RANK[a.type] - TYPE_RANK[b.type] || a.slug.localeCompare(b.slug),
    );
  }

  /** True when every word occurs in the event's searchable text (a word prefix counts). */
  matchesEvent(event: Event, words: readonly string[]): boolean {
    const doc = this.eventDocs.get(event);
    return doc !== undefined && scoreDocument(doc, words) > 0;
  }

  private eventDocument(e: Event, memo: FieldMemo): SearchDocument {
    return searchDocument(
      [
        [e.title, 4, "name"],
        [e.slug.replace(/-/g, " "), 2],
        [e.summary, 2],
        [e.date.label, 2],
        [e.sources.map((s) => s.quote).join(" "), 1],
        [e.verification.note, 1],
        ...this.citedWorkFields(e),
      ],
      memo,
    );
  }

  /** Titles and names (authors, editors) of the works a record cites, in its sources or its check. */
  private citedWorkFields(record: {
    sources: readonly { references: readonly string[] }[];
    verification?: { references: readonly string[] };
  }): [string[], number][] {
    const slugs = new Set([
      ...record.sources.flatMap((s) => s.references),
      ...(record.verification?.references ?? []),
    ]);
    const titles: string[] = [];
    const names: string[] = [];
    for (const slug of slugs) {
      const ref = this.referenceMap.get(slug);
      if (!ref) continue;
      titles.push(ref.csl.title);
      for (const n of [...(ref.csl.author ?? []), ...(ref.csl.editor ?? [])])
        names.push(n.literal ?? `${n.given ?? ""} ${n.family ?? ""}`);
    }
    return [
      [titles, 1],
      [names, 1],
    ];
  }

  private buildSearchDocuments(): { hit: Omit<SearchHit, "score">; doc: SearchDocument }[] {
    const r = this.records;
    const authors = (ref: Reference) =>
      (ref.csl.author ?? []).map((a) => a.literal ?? `${a.given ?? ""} ${a.family}`).join(" ");
    return [
      ...[...this.eventDocs].map(([e, doc]) => ({
        hit: { type: "event" as const, slug: e.slug, record: e },
        doc,
      })),
      ...r.actors.map((a) => ({
        hit: { type: "actor" as const, slug: a.slug, record: a },
        doc: searchDocument([
          [a.name, 4, "name"],
          [a.aliases, 4, "name"],
          [a.description, 1],
          [a.verification.note, 1],
          ...this.citedWorkFields(a),
        ]),
      })),
      ...r.references.map((ref) => ({
        hit: { type: "reference" as const, slug: ref.slug, record: ref },
        doc: searchDocument([
          [ref.csl.title, 3, "name"],
          [authors(ref), 4],
          [ref.csl["container-title"], 1],
          [ref.csl.publisher, 1],
        ]),
      })),
      ...r.passages.map((p) => ({
        hit: { type: "passage" as const, slug: p.slug, record: p },
        doc: searchDocument([
          [p.text, 1],
          [p.citations.map((c) => c.text).join(" "), 2],
        ]),
      })),
      ...r.periods.map((p) => ({
        hit: { type: "period" as const, slug: p.slug, record: p },
        doc: searchDocument([
          [p.name, 4, "name"],
          [p.summary, 1],
          [p.verification.note, 1],
          ...this.citedWorkFields(p),
        ]),
      })),
      ...r.themes.map((t) => ({
        hit: { type: "theme" as const, slug: t.slug, record: t },
        doc: searchDocument([[t.name, 4, "name"], [t.description, 1], ...this.citedWorkFields(t)]),
      })),
      ...r.positions.map((p) => ({
        hit: { type: "position" as const, slug: p.slug, record: p },
        doc: searchDocument([
          [p.statement, 2],
          [p.sources.map((s) => s.quote).join(" "), 1],
          [p.verification.note, 1],
          ...this.citedWorkFields(p),
        ]),
      })),
    ] as { hit: Omit<SearchHit, "score">; doc: SearchDocument }[];
  }
}

const TYPE_RANK: Record<SearchType, number> = {
  event: 0,
  actor: 1,
  theme: 2,
  period: 3,
  position: 4,
  reference: 5,
  passage: 6,
};
