// Fails when the pending changesets do not cover the bump that the data or schema diff requires.
import { records } from "@nato-russia/data";
import { formatDataDiff } from "../src/dataDiff.js";
import { repoRoot } from "../src/paths.js";
import { runCheck } from "../src/runCheck.js";
import { formatSchemaDiff } from "../src/schemaDiff.js";

const root = process.argv[2] ?? repoRoot;
const result = await runCheck(root, records);
console.log(`Data: ${formatDataDiff(result.data)}`);
console.log(
  `Schema: ${result.schema ? formatSchemaDiff(result.schema) : "no released schema yet."}`,
);
console.log(`Pending changesets: ${result.changesets.length}`);
if (result.problems.length) {
  console.error(`\nRelease check failed:\n${result.problems.join("\n")}`);
  process.exit(1);
}
console.log("Release check passed: the pending changesets cover every change.");
