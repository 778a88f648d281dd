import { fold } from "../text/fold.js";

/** Splits folded text into word tokens. */
export function tokenize(text: string): string[] {
  return fold(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** A searchable record: its fields as folded tokens, each with a weight. */
export interface SearchDocument {
  fields: { tokens: readonly string[]; weight: number; names: readonly string[] }[];
}

/**
 * A field is one text or several values (aliases). A "name" field (a name, alias or title)
 * also matches a query equal to one of its whole values.
 */
export function searchDocument(
  fields: [text: string | readonly string[] | undefined, weight: number, kind?: "name"][],
  memo?: FieldMemo,
): SearchDocument {
  return {
    fields: fields
      .filter(([text]) => text !== undefined && text.length > 0)
      .map(([text, weight, kind]) => {
        let memoOfKind: Map<string, SearchDocument["fields"][number]> | undefined;
        if (memo && typeof text === "string") {
          const kindKey = `${weight}${kind ?? ""}`;
          memoOfKind = memo.get(kindKey) ?? memo.set(kindKey, new Map()).get(kindKey);
          const known = memoOfKind!.get(text);
          if (known) return known;
        }
        const values = (typeof text === "string" ? [text] : text!).map((v) =>
          tokenize(v).join(" "),
        );
        const tokens = values.join(" ").split(" ").filter(Boolean);
        const field = { tokens, weight, names: kind === "name" ? values : [] };
        memoOfKind?.set(text as string, field);
        return field;
      }),
  };
}

/**
 * Fields already built, by weight and kind, then by text. Records repeat texts (a quote several
 * events cite, a date label) and an index keeps every token: with a memo each is kept once.
 */
export type FieldMemo = Map<string, Map<string, SearchDocument["fields"][number]>>;

/** A query equal to a whole name outranks any number of passing mentions. */
const EXACT_NAME_FACTOR = 10;

/**
 * Scores a document for query tokens: every token must match some word (a whole word counts
 * fully, a word prefix half), and a query equal to a whole name earns a bonus; 0 means no match.
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
  const phrase = queryTokens.join(" ");
  for (const field of doc.fields) {
    if (field.names.includes(phrase)) score += field.weight * EXACT_NAME_FACTOR;
  }
  return score;
}
