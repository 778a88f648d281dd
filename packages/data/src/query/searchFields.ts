import type { DatasetRecords } from "../entities.js";
import type { Reference } from "../schema/index.js";
import type { SearchField } from "./InvertedIndex.js";

export type SearchType =
  "event" | "actor" | "reference" | "passage" | "period" | "theme" | "position";

/** The record collections search covers, in document order: events first, so an event's
 * document number is its position in `records.events`. */
export const SEARCHED: readonly { type: SearchType; records: keyof DatasetRecords }[] = [
  { type: "event", records: "events" },
  { type: "actor", records: "actors" },
  { type: "reference", records: "references" },
  { type: "passage", records: "passages" },
  { type: "period", records: "periods" },
  { type: "theme", records: "themes" },
  { type: "position", records: "positions" },
];

/**
 * What search reads of each record, and how much a word found there weighs. A "name" field (a
 * name, alias or title) also matches a query equal to one of its whole values.
 */
export function* searchFields(records: DatasetRecords): Generator<SearchField[]> {
  const references = new Map(records.references.map((r) => [r.slug, r]));
  const cited = (record: Cites) => citedWorkFields(record, references);
  const authors = (ref: Reference) =>
    (ref.csl.author ?? []).map((a) => a.literal ?? `${a.given ?? ""} ${a.family}`).join(" ");
  // One record at a time: joined texts (quotes) are dropped once indexed.
  for (const e of records.events)
    yield [
      [e.title, 4, "name"],
      [e.slug.replace(/-/g, " "), 2],
      [e.summary, 2],
      [e.date.label, 2],
      [e.sources.map((s) => s.quote).join(" "), 1],
      [e.verification.note, 1],
      ...cited(e),
    ];
  for (const a of records.actors)
    yield [
      [a.name, 4, "name"],
      [a.aliases, 4, "name"],
      [a.description, 1],
      [a.verification.note, 1],
      ...cited(a),
    ];
  for (const ref of records.references)
    yield [
      [ref.csl.title, 3, "name"],
      [authors(ref), 4],
      [ref.csl["container-title"], 1],
      [ref.csl.publisher, 1],
    ];
  for (const p of records.passages)
    yield [
      [p.text, 1],
      [p.citations.map((c) => c.text).join(" "), 2],
    ];
  for (const p of records.periods)
    yield [[p.name, 4, "name"], [p.summary, 1], [p.verification.note, 1], ...cited(p)];
  for (const t of records.themes) yield [[t.name, 4, "name"], [t.description, 1], ...cited(t)];
  for (const p of records.positions)
    yield [
      [p.statement, 2],
      [p.sources.map((s) => s.quote).join(" "), 1],
      [p.verification.note, 1],
      ...cited(p),
    ];
}

interface Cites {
  sources: readonly { references: readonly string[] }[];
  verification?: { references: readonly string[] };
}

/** Titles and names (authors, editors) of the works a record cites, in its sources or its check. */
function citedWorkFields(record: Cites, references: Map<string, Reference>): SearchField[] {
  const slugs = new Set([
    ...record.sources.flatMap((s) => s.references),
    ...(record.verification?.references ?? []),
  ]);
  const titles: string[] = [];
  const names: string[] = [];
  for (const slug of slugs) {
    const ref = references.get(slug);
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
