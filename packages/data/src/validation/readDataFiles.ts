import { readFileSync } from "node:fs";
import { ENTITIES, ENTITY_NAMES } from "../entities.js";
import type { RawRecords } from "./validateDataset.js";

/** Reads data/*.json and the article from a package directory; a missing file reads as []. */
export function readDataFiles(packageDir: URL): { raw: RawRecords; article: string } {
  const raw = {} as RawRecords;
  for (const name of ENTITY_NAMES) {
    const url = new URL(`data/${ENTITIES[name].file}`, packageDir);
    let text: string;
    try {
      text = readFileSync(url, "utf8");
    } catch {
      raw[name] = [];
      continue;
    }
    try {
      raw[name] = JSON.parse(text);
    } catch (error) {
      throw new Error(`data/${ENTITIES[name].file}: not valid JSON: ${(error as Error).message}`);
    }
  }
  const article = readFileSync(new URL("source/manolache-2023.txt", packageDir), "utf8");
  return { raw, article };
}
