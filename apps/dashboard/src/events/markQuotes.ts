// Splits a passage of the article into plain and quoted runs, so every quote drawn from it can
// be marked where it stands.

export interface Run {
  text: string;
  quoted: boolean;
}

/** Runs of `text` with each quote found in it marked; quotes not found are left out. */
export function markQuotes(text: string, quotes: readonly string[]): Run[] {
  const spans = quotes
    .map((quote) => ({ start: text.indexOf(quote), end: text.indexOf(quote) + quote.length }))
    .filter((span) => span.start !== -1)
    .sort((a, b) => a.start - b.start);
  const runs: Run[] = [];
  let at = 0;
  for (const span of spans) {
    // Overlapping quotes are marked as one run.
    const start = Math.max(span.start, at);
    if (span.end <= start) continue;
    if (start > at) runs.push({ text: text.slice(at, start), quoted: false });
    const last = runs.at(-1);
    if (last?.quoted && start === at) last.text += text.slice(start, span.end);
    else runs.push({ text: text.slice(start, span.end), quoted: true });
    at = span.end;
  }
  if (at < text.length) runs.push({ text: text.slice(at), quoted: false });
  return runs;
}

/** Quotes that `markQuotes` cannot find in the text, to be shown on their own. */
export function quotesNotIn(text: string, quotes: readonly string[]): string[] {
  return quotes.filter((quote) => !text.includes(quote));
}
