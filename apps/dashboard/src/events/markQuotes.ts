// Splits a passage of the article into plain and quoted runs, so every quote drawn from it can
// be marked where it stands.

export interface Run {
  text: string;
  quoted: boolean;
}

// Some passages carry their in-text citations as Markdown links, "([Trenin 2009](#))":
// readers see the citation, not the markup.
const CITATION_LINK = /\[([^\]]+)\]\(#\)/g;

export function plainText(text: string): string {
  return text.replace(CITATION_LINK, "$1");
}

/** Runs of `text` with each quote found in it marked; quotes not found are left out. */
export function markQuotes(text: string, quotes: readonly string[]): Run[] {
  const plain = plainText(text);
  const spans = quotes
    .map(plainText)
    .map((quote) => ({ start: plain.indexOf(quote), end: plain.indexOf(quote) + quote.length }))
    .filter((span) => span.start !== -1)
    .sort((a, b) => a.start - b.start);
  const runs: Run[] = [];
  let at = 0;
  for (const span of spans) {
    // Overlapping quotes are marked as one run.
    const start = Math.max(span.start, at);
    if (span.end <= start) continue;
    if (start > at) runs.push({ text: plain.slice(at, start), quoted: false });
    const last = runs.at(-1);
    if (last?.quoted && start === at) last.text += plain.slice(start, span.end);
    else runs.push({ text: plain.slice(start, span.end), quoted: true });
    at = span.end;
  }
  if (at < plain.length) runs.push({ text: plain.slice(at), quoted: false });
  return runs;
}

/** Quotes that `markQuotes` cannot find in the text, to be shown on their own. */
export function quotesNotIn(text: string, quotes: readonly string[]): string[] {
  const plain = plainText(text);
  return quotes.filter((quote) => !plain.includes(plainText(quote)));
}
