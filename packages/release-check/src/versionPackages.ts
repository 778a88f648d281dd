import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import {
  diffData,
  formatDataDiff,
  loadDataDir,
  snapshotOf,
  type ReleaseSnapshot,
} from "@nato-russia/data/release";
import { CURRENT_SCHEMA, RELEASED_DATA, RELEASED_SCHEMA } from "./paths.js";

/**
 * The version step of a release: `changeset version`, then the data diff written into the data
 * package's CHANGELOG entry, the release snapshot and the released schema brought up to date.
 */
export function versionPackages(
  root: string,
  changesetBin: string,
): { version: string; diff: string } {
  const dataDir = join(root, "packages/data");
  const records = loadDataDir(dataDir);
  const snapshot = JSON.parse(readFileSync(join(root, RELEASED_DATA), "utf8")) as ReleaseSnapshot;
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
    const insertAt = at + heading.length;
    writeFileSync(
      changelog,
      `${text.slice(0, insertAt)}\n### Data changes\n\n${diff}\n${text.slice(insertAt)}`,
    );
    writeFileSync(
      join(root, RELEASED_DATA),
      `${JSON.stringify(snapshotOf(version, records), null, 2)}\n`,
    );
  }
  if (existsSync(join(root, CURRENT_SCHEMA)))
    copyFileSync(join(root, CURRENT_SCHEMA), join(root, RELEASED_SCHEMA));
  return { version, diff };
}
