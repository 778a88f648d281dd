// CITATION.cff's release fields. Rewritten line by line, so its comments and layout stay.
export const CITATION_CFF = "CITATION.cff";
export const RELEASE_JSON = "packages/data/release.json";

/** The CITATION.cff text with this release's version and date (YYYY-MM-DD). */
export function withRelease(cff: string, version: string, date: string): string {
  const set = (text: string, key: string, value: string) => {
    const line = new RegExp(`^${key}: .*$`, "m");
    if (!line.test(text)) throw new Error(`${CITATION_CFF} has no top-level "${key}:" line`);
    return text.replace(line, `${key}: ${value}`);
  };
  return set(set(cff, "version", version), "date-released", date);
}
