import type { DatasetRecords } from "../entities.js";
import type { Actor, Event, Period, Position, Theme } from "../schema/index.js";

/** A record quoting a passage of the article in its `sources`, with the quote and works cited. */
export type PassageQuote = (
  | { type: "event"; record: Event }
  | { type: "actor"; record: Actor }
  | { type: "period"; record: Period }
  | { type: "theme"; record: Theme }
  | { type: "position"; record: Position }
) & {
  slug: string;
  /** The verbatim quote, as in the record's attestation. */
  quote: string;
  /** Slugs of the works the article cites for it. */
  references: readonly string[];
};

/**
 * The way back from a passage to the records that quote it: for each passage, one item per
 * attestation, in the order the quotes start in its text; a tie (the same words quoted by
 * several records) keeps events first, then actors, periods, themes and positions, each in
 * dataset order.
 */
export function indexPassageQuotes(records: DatasetRecords): Map<string, PassageQuote[]> {
  const byPassage = new Map<string, PassageQuote[]>();
  const add = (
    type: PassageQuote["type"],
    list: readonly (PassageQuote["record"] & {
      sources: readonly { passage: string; quote: string; references: readonly string[] }[];
    })[],
  ) => {
    for (const record of list)
      for (const source of record.sources) {
        const quote = {
          type,
          record,
          slug: record.slug,
          quote: source.quote,
          references: source.references,
        } as PassageQuote;
        const quotes = byPassage.get(source.passage);
        if (quotes) quotes.push(quote);
        else byPassage.set(source.passage, [quote]);
      }
  };
  add("event", records.events);
  add("actor", records.actors);
  add("period", records.periods);
  add("theme", records.themes);
  add("position", records.positions);

  const texts = new Map(records.passages.map((p) => [p.slug, p.text]));
  for (const [slug, quotes] of byPassage) {
    const text = texts.get(slug) ?? "";
    // A quote found only after normalising whitespace or quotation marks sorts last.
    const at = (q: PassageQuote) => {
      const index = text.indexOf(q.quote);
      return index === -1 ? text.length : index;
    };
    // Array.prototype.sort is stable: equal starts keep the insertion order above.
    quotes.sort((a, b) => at(a) - at(b));
  }
  return byPassage;
}
