// Lists records added, changed (with fields) and removed since the last release, and the
// semver bump that requires. `data-diff [base]`: base is a git revision whose snapshot to use;
// by default the committed snapshot. `--json` prints the diff as JSON. Reads the built data.
import { execFileSync } from "node:child_process";
import { records } from "@nato-russia/data";
import { diffData, formatDataDiff } from "../src/dataDiff.js";
import { RELEASED_DATA, repoRoot } from "../src/paths.js";
import { readReleasedSnapshot, type ReleaseSnapshot } from "../src/snapshot.js";

// Releases up to 0.2 kept their snapshot in the data package.
const EARLIER_SNAPSHOT = "packages/data/released.json";

const args = process.argv.slice(2).filter((a) => a !== "--");
const asJson = args.includes("--json");
const base = args.find((a) => !a.startsWith("--"));

function snapshotAt(revision: string): ReleaseSnapshot {
  const show = (path: string, stderr: "ignore" | "inherit") =>
    execFileSync("git", ["show", `${revision}:${path}`], {
      cwd: repoRoot,
      encoding: "utf8",
      stdio: ["ignore", "pipe", stderr],
    });
  let text: string;
  try {
    text = show(RELEASED_DATA, "ignore");
  } catch {
    text = show(EARLIER_SNAPSHOT, "inherit");
  }
  return JSON.parse(text) as ReleaseSnapshot;
}

const snapshot = base ? snapshotAt(base) : readReleasedSnapshot(repoRoot);
const diff = diffData(snapshot, records);
console.log(asJson ? JSON.stringify(diff, null, 2) : formatDataDiff(diff));
