// Validates data/*.json; exits non-zero with one line per issue (file, record, field, message).
import { formatIssue } from "../src/validation/issue.js";
import { readDataFiles } from "../src/validation/readDataFiles.js";
import { validateDataset } from "../src/validation/validateDataset.js";

const { raw, article } = readDataFiles(new URL("../", import.meta.url));
const { records, issues } = validateDataset(raw, article);
if (issues.length > 0) {
  for (const issue of issues) console.error(formatIssue(issue));
  console.error(`\n${issues.length} validation issue(s).`);
  process.exit(1);
}
const counts = Object.entries(records)
  .map(([k, v]) => `${v.length} ${k}`)
  .join(", ");
console.log(`Dataset valid: ${counts}.`);
