// Lists records added, changed (with fields) and removed since the last release, and the
// semver bump that requires. `diff [base]`: base is a git revision whose released.json to use;
// by default the committed released.json. `--json` prints the diff as JSON.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { diffData, formatDataDiff } from "../src/release/dataDiff.js";
import type { ReleaseSnapshot } from "../src/release/snapshot.js";
import { validatedRecords } from "./validatedRecords.js";

const args = process.argv.slice(2).filter((a) => a !== "--");
const asJson = args.includes("--json");
const base = args.find((a) => !a.startsWith("--"));
const dir = new URL("../", import.meta.url);

const snapshotText = base
  ? execFileSync("git", ["show", `${base}:./released.json`], { cwd: dir, encoding: "utf8" })
  : readFileSync(new URL("released.json", dir), "utf8");
const snapshot = JSON.parse(snapshotText) as ReleaseSnapshot;

const records = validatedRecords();
const diff = diffData(snapshot, records);
console.log(asJson ? JSON.stringify(diff, null, 2) : formatDataDiff(diff));
