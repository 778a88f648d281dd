import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { DatasetRecords } from "@nato-russia/data";
import { CITATION_CFF, RELEASE_JSON, withRelease } from "./citationCff.js";
import { diffData, formatDataDiff } from "./dataDiff.js";
import { CURRENT_SCHEMA, RELEASED_DATA, RELEASED_SCHEMA } from "./paths.js";
import { readReleasedSnapshot, snapshotOf, snapshotText } from "./snapshot.js";

/**
 * The version step of a release: `changeset version`, then the data diff written into the data
 * package's CHANGELOG entry, the release snapshot and the released schema brought up to date,
 * and the dataset's version and release date written into CITATION.cff and the data package's
 * release.json. `records` are the data being released (the built package's, which its build
 * validated); `today` is the release date.
 */
export function versionPackages(
  root: string,
  changesetBin: string,
  records: DatasetRecords,
  today: Date = new Date(),
): { version: string; diff: string } {
  const dataDir = join(root, "packages/data");
  const snapshot = readReleasedSnapshot(root);
  const diff = formatDataDiff(diffData(snapshot, records));

  execFileSync(process.execPath, [changesetBin, "version"], { cwd: root, stdio: "inherit" });

  const { version } = JSON.parse(readFileSync(join(dataDir, "package.json"), "utf8")) as {
    version: string;
  };
  if (version !== snapshot.version) {
    const changelog = join(dataDir, "CHANGELOG.md");
    const text = readFileSync(changelog, "utf8");
    const heading = `## ${version}\n`;
    const at = text.indexOf(heading);
    if (at < 0)
      throw new Error(`CHANGELOG.md has no "## ${version}" entry after changeset version`);
    // After the changesets' own words (the reader's summary), before the previous release.
    const next = text.indexOf("\n## ", at + heading.length);
    const insertAt = next < 0 ? text.length : next + 1;
    const before = text.slice(0, insertAt).replace(/\n*$/, "\n\n");
    writeFileSync(changelog, `${before}### Data changes\n\n${diff}\n\n${text.slice(insertAt)}`);
    writeFileSync(join(root, RELEASED_DATA), snapshotText(snapshotOf(version, records)));
    const date = today.toISOString().slice(0, 10);
    const cff = join(root, CITATION_CFF);
    writeFileSync(cff, withRelease(readFileSync(cff, "utf8"), version, date));
    const release = join(root, RELEASE_JSON);
    const json = JSON.parse(readFileSync(release, "utf8")) as Record<string, unknown>;
    writeFileSync(release, `${JSON.stringify({ ...json, date }, null, 2)}\n`);
  }
  if (existsSync(join(root, CURRENT_SCHEMA)))
    copyFileSync(join(root, CURRENT_SCHEMA), join(root, RELEASED_SCHEMA));
  return { version, diff };
}
