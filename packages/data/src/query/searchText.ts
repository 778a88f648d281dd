import { fold } from "../text/fold.js";

/** Splits folded text into word tokens. */
export function tokenize(text: string): string[] {
  return fold(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** A searchable record: its fields as folded tokens, each with a weight. */
export interface SearchDocument {
  fields: { tokens: readonly string[]; weight: number }[];
}

export function searchDocument(
  fields: [text: string | undefined, weight: number][],
): SearchDocument {
  return {
    fields: fields
      .filter(([text]) => text)
      .map(([text, weight]) => ({ tokens: tokenize(text!), weight })),
  };
}

/**
 * Scores a document for query tokens: every token must match some word (a whole word
 * counts fully, a word prefix half); 0 means no match.
 */
export function scoreDocument(doc: SearchDocument, queryTokens: readonly string[]): number {
  let score = 0;
  for (const q of queryTokens) {
    let best = 0;
    for (const field of doc.fields) {
      for (const t of field.tokens) {
        if (t === q) best += field.weight;
        else if (t.startsWith(q)) best += field.weight / 2;
      }
    }
    if (best === 0) return 0;
    score += best;
  }
  return score;
}
