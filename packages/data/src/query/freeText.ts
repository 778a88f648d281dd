import { fold } from "../text/fold.js";
import { QueryError } from "./QueryError.js";
import { tokenize } from "./searchText.js";

/** Longest free-text input, in characters once folded (NFKD can turn one character into many). */
export const MAX_QUERY_LENGTH = 200;
/** Most words in a free-text input, counted as search counts them (after folding). */
export const MAX_QUERY_WORDS = 20;

/**
 * The words of a free-text input (a search query, a filter's `text`), or QUERY_TOO_LONG when it
 * is over either bound. Every word is matched against every record, so both bounds keep one
 * request's work small; they are counted after normalisation, which is what the matching sees.
 */
export function freeTextWords(text: string, field: string): string[] {
  const folded = fold(text.trim());
  if (folded.length > MAX_QUERY_LENGTH) {
    throw new QueryError(
      "QUERY_TOO_LONG",
      `${field} must be at most ${MAX_QUERY_LENGTH} characters`,
      field,
    );
  }
  const words = tokenize(folded);
  if (words.length > MAX_QUERY_WORDS) {
    throw new QueryError(
      "QUERY_TOO_LONG",
      `${field} must be at most ${MAX_QUERY_WORDS} words`,
      field,
    );
  }
  return words;
}
