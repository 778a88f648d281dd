/**
 * Folds text for matching: lower case, no diacritics, and the Romanian comma/cedilla
 * variants (ș/ş, ț/ţ) made equal, so "Ionascu" finds "Ionașcu" and "Ionaşcu".
 */
export function fold(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase();
}

/** Normalises whitespace and typographic quotes so a quote can be compared with its passage. */
export function normaliseForQuote(text: string): string {
  return text
    .replace(/[\u201C\u201D\u201E\u201F\u00AB\u00BB]/g, '"')
    .replace(/[\u2018\u2019\u201A\u201B`]/g, "'")
    .replace(/\s+/g, " ")
    .trim();
}
