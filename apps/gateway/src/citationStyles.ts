// The CSL styles the gateway keeps in ../styles/, read from disk on Node. The Workers build
// puts src/worker/citationStyles.ts in its place, with the styles bundled as text.
import { readFile } from "node:fs/promises";

// From src/ in development and dist/ when built alike: the styles sit beside both.
const stylesDir = new URL("../styles/", import.meta.url);

/** The text of a style file of ../styles/. */
export function readStyle(file: string): Promise<string> {
  return readFile(new URL(file, stylesDir), "utf8");
}
