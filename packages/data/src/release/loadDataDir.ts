import { pathToFileURL } from "node:url";
import type { DatasetRecords } from "../entityNames.js";
import { formatIssue } from "../validation/issue.js";
import { readDataFiles } from "../validation/readDataFiles.js";
import { validateDataset } from "../validation/validateDataset.js";

/** Reads and validates the data of a package directory; throws listing every issue. */
export function loadDataDir(packageDir: string): DatasetRecords {
  const { raw, article } = readDataFiles(
    pathToFileURL(packageDir.endsWith("/") ? packageDir : `${packageDir}/`),
  );
  const { records, issues } = validateDataset(raw, article);
  if (issues.length) throw new Error(`invalid data:\n${issues.map(formatIssue).join("\n")}`);
  return records;
}
