import { fold } from "../text/fold.js";

/** Splits text into folded word tokens: what search indexes and what a query is made of. */
export function tokenize(text: string): string[] {
  return fold(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}
