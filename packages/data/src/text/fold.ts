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

/**
 * Normalises whitespace, typographic quotes and the source file's Markdown link artefacts
 * ("[Chifu 2022](#)" where the article prints "Chifu 2022"), so text can be compared with it.
 */
export function normaliseForQuote(text: string): string {
  return stripLinkArtefacts(text)
    .replace(/[\u201C\u201D\u201E\u201F\u00AB\u00BB]/g, '"')
    .replace(/[\u2018\u2019\u201A\u201B`]/g, "'")
    .replace(/\s+/g, " ")
    .trim();
}

/** The article file renders some in-text citations as empty Markdown links: keep the text. */
export function stripLinkArtefacts(text: string): string {
  return text.replace(/\[([^\]]*)\]\(#\)/g, "$1");
}
