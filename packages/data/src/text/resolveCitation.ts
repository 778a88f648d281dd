import { fold } from "./fold.js";

/** Minimal view of a reference needed to resolve a citation. */
export interface CitableReference {
  slug: string;
  csl: { author?: { family?: string; literal?: string }[]; issued?: { "date-parts": number[][] } };
}

/**
 * Resolves "Author Year" to a reference by first author's family or literal name and year,
 * folding case and diacritics ("Srimbovschi 2011" → Srîmbovschi 2011).
 */
export function resolveCitation<R extends CitableReference>(
  citation: string,
  references: readonly R[],
): R | undefined {
  const m = /^(.*\S)\s+(\d{4})$/.exec(citation.trim());
  if (!m) return undefined;
  const [, who, year] = m;
  const firstAuthor = fold(who!.split(/\s+and\s+|,|&/)[0]!.trim());
  return references.find((r) => {
    const author = r.csl.author?.[0];
    const name = author?.family ?? author?.literal;
    const issuedYear = r.csl.issued?.["date-parts"][0]?.[0];
    return name !== undefined && fold(name) === firstAuthor && String(issuedYear) === year;
  });
}
