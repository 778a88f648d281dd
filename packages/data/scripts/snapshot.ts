// Records the slugs and content hashes of this version in released.json. Run by the version
// step of a release; released slugs must then never disappear without a major version.
import { readFileSync, writeFileSync } from "node:fs";
import { snapshotOf } from "../src/release/snapshot.js";
import { formatIssue } from "../src/validation/issue.js";
import { readDataFiles } from "../src/validation/readDataFiles.js";
import { validateDataset } from "../src/validation/validateDataset.js";

const dir = new URL("../", import.meta.url);
const { version } = JSON.parse(readFileSync(new URL("package.json", dir), "utf8")) as {
  version: string;
};
const { raw, article } = readDataFiles(dir);
const { records, issues } = validateDataset(raw, article);
if (issues.length) {
  issues.forEach((i) => console.error(formatIssue(i)));
  process.exit(1);
}
writeFileSync(
  new URL("released.json", dir),
  `${JSON.stringify(snapshotOf(version, records), null, 2)}\n`,
);
console.log(`released.json now records version ${version}.`);
