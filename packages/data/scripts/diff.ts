// Lists records added, changed (with fields) and removed since the last release, and the
// semver bump that requires. `diff [base]`: base is a git revision whose released.json to use;
// by default the committed released.json. `--json` prints the diff as JSON.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { diffData, formatDataDiff } from "../src/release/dataDiff.js";
import type { ReleaseSnapshot } from "../src/release/snapshot.js";
import { formatIssue } from "../src/validation/issue.js";
import { readDataFiles } from "../src/validation/readDataFiles.js";
import { validateDataset } from "../src/validation/validateDataset.js";

const args = process.argv.slice(2).filter((a) => a !== "--");
const asJson = args.includes("--json");
const base = args.find((a) => !a.startsWith("--"));
const dir = new URL("../", import.meta.url);

const snapshotText = base
  ? execFileSync("git", ["show", `${base}:./released.json`], { cwd: dir, encoding: "utf8" })
  : readFileSync(new URL("released.json", dir), "utf8");
const snapshot = JSON.parse(snapshotText) as ReleaseSnapshot;

const { raw, article } = readDataFiles(dir);
const { records, issues } = validateDataset(raw, article);
if (issues.length) {
  issues.forEach((i) => console.error(formatIssue(i)));
  process.exit(1);
}
const diff = diffData(snapshot, records);
console.log(asJson ? JSON.stringify(diff, null, 2) : formatDataDiff(diff));
