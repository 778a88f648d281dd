import { fileURLToPath } from "node:url";
import type { DatasetRecords } from "../src/entityNames.js";
import { loadDataDir } from "../src/release/loadDataDir.js";

/** The package's validated records; on invalid data, prints every issue and exits 1. */
export function validatedRecords(): DatasetRecords {
  try {
    return loadDataDir(fileURLToPath(new URL("../", import.meta.url)));
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}
