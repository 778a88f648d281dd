// Splits a paragraph of the article into runs: plain text, words quoted by records, and in-text
// citations, so each can be marked and linked where it stands.

/** Where a quoted span of the paragraph leads: one record quoting it. */
export interface QuoteTarget<R> {
  quote: string;
  record: R;
}

export interface Segment<R, C> {
  text: string;
  /** Records whose quote covers these words, the one to link to first; empty when unquoted. */
  records: R[];
  /** The in-text citation these words are, if any. */
  citation?: C;
}

interface Span<T> {
  start: number;
  end: number;
  value: T;
}

function spansOf<T>(text: string, items: readonly T[], words: (item: T) => string): Span<T>[] {
  return items.flatMap((value) => {
    const needle = words(value);
    const start = needle ? text.indexOf(needle) : -1;
    return start === -1 ? [] : [{ start, end: start + needle.length, value }];
  });
}

/**
 * The paragraph cut at every edge of a quote or a citation. Each segment lists the records
 * whose quote covers it, ordered by `rank` then by the shortest quote (the most specific
 * statement first). Quotes not found verbatim are left out, as `markQuotes` does.
 */
export function annotateParagraph<R, C extends { text: string }>(
  text: string,
  quotes: readonly QuoteTarget<R>[],
  citations: readonly C[],
  rank: (record: R) => number = () => 0,
): Segment<R, C>[] {
  const quoted = spansOf(text, quotes, (q) => q.quote);
  const cited = spansOf(text, citations, (c) => c.text);
  const cuts = new Set([0, text.length]);
  for (const span of [...quoted, ...cited]) cuts.add(span.start).add(span.end);
  const edges = [...cuts].sort((a, b) => a - b);
  const segments: Segment<R, C>[] = [];
  for (let i = 0; i + 1 < edges.length; i++) {
    const [start, end] = [edges[i]!, edges[i + 1]!];
    const covering = quoted
      .filter((span) => span.start <= start && span.end >= end)
      .sort(
        (a, b) =>
          rank(a.value.record) - rank(b.value.record) ||
          a.end - a.start - (b.end - b.start) ||
          a.start - b.start,
      );
    const records = [...new Set(covering.map((span) => span.value.record))];
    const citation = cited.find((span) => span.start <= start && span.end >= end)?.value;
    const segment: Segment<R, C> = { text: text.slice(start, end), records };
    if (citation) segment.citation = citation;
    // Neighbours that lead to the same place read as one run.
    const last = segments.at(-1);
    if (last && !last.citation && !citation && sameRecords(last.records, records))
      last.text += segment.text;
    else segments.push(segment);
  }
  return segments;
}

function sameRecords<R>(a: readonly R[], b: readonly R[]): boolean {
  return a.length === b.length && a.every((record, index) => record === b[index]);
}
