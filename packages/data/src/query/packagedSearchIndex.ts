/** The file, beside the bundle in `dist/`, holding the released dataset's search index. */
export const SEARCH_INDEX_FILE = "search-index.json";

/**
 * The serialised search index shipped with the package, or undefined where it cannot be read
 * (off Node, in a bundle that left it behind, from the sources): the index is then built.
 * `process.getBuiltinModule` reads it without importing node:fs, so browsers and edge
 * runtimes can still load this module.
 */
export function readPackagedSearchIndex(): unknown {
  try {
    const fs = globalThis.process?.getBuiltinModule?.("node:fs");
    if (!fs) return undefined;
    return JSON.parse(fs.readFileSync(new URL(`./${SEARCH_INDEX_FILE}`, import.meta.url), "utf8"));
  } catch {
    return undefined;
  }
}
