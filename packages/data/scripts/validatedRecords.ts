import type { DatasetRecords } from "../src/entities.js";
import { formatIssue } from "../src/validation/issue.js";
import { readDataFiles } from "../src/validation/readDataFiles.js";
import { validateDataset } from "../src/validation/validateDataset.js";

/**
 * The package's data/*.json, validated. On invalid data, prints one line per issue (file,
 * record, field, message) and exits 1, so a script never runs on records that do not hold.
 */
export function validatedRecords(): DatasetRecords {
  try {
    const { raw, article } = readDataFiles(new URL("../", import.meta.url));
    const { records, issues } = validateDataset(raw, article);
    if (issues.length === 0) return records;
    for (const issue of issues) console.error(formatIssue(issue));
    console.error(`\n${issues.length} validation issue(s).`);
  } catch (error) {
    console.error((error as Error).message);
  }
  process.exit(1);
}
