/** An in-text citation as printed, e.g. "(Ionaşcu 2016)" or "([Chifu 2022](#))". */
const IN_TEXT_CITATION = /\(\[?([^()[\]]+?\s\d{4})\]?(?:\(#\))?\)/g;

/** Finds the in-text citations of a paragraph, as printed, in order. */
export function findCitations(text: string): string[] {
  return [...text.matchAll(IN_TEXT_CITATION)].map((m) => m[1]!.trim());
}
