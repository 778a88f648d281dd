// A release from start to finish on a throwaway copy of the repository.
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CURRENT_SCHEMA, RELEASED_DATA, RELEASED_SCHEMA, repoRoot } from "../src/paths.js";
import { runCheck } from "../src/runCheck.js";
import type { ReleaseSnapshot } from "../src/snapshot.js";
import { versionPackages } from "../src/versionPackages.js";
import { NEW_THEME, withTheme } from "./fixtures.js";

const changesetBin = createRequire(import.meta.url).resolve("@changesets/cli/bin.js");
const SKIP = /node_modules|[/\\]dist([/\\]|$)|\.turbo|\.tgz$/;
let root: string;
// The data being released: today's records and one new theme.
const records = withTheme();

const read = (path: string) => readFileSync(join(root, path), "utf8");
const writeChangeset = (bump: string) =>
  writeFileSync(
    join(root, ".changeset/add-theme.md"),
    `---\n"@nato-russia/data": ${bump}\n---\n\nAdd a theme.\n`,
  );

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), "nato-russia-release-"));
  for (const path of [
    "package.json",
    "pnpm-workspace.yaml",
    "CITATION.cff",
    ".changeset/config.json",
    "packages/data",
    RELEASED_DATA,
    CURRENT_SCHEMA,
  ]) {
    if (existsSync(join(repoRoot, path)))
      cpSync(join(repoRoot, path), join(root, path), {
        recursive: true,
        filter: (src) => !SKIP.test(src),
      });
  }
  // A data release: the schema is as released, whatever schema change this checkout has pending.
  cpSync(join(repoRoot, CURRENT_SCHEMA), join(root, RELEASED_SCHEMA));
  symlinkSync(join(repoRoot, "node_modules"), join(root, "node_modules"), "dir");
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("a data release, dry run", () => {
  it("fails the check with no changeset, and with one too small", async () => {
    expect((await runCheck(root, records)).problems[0]).toMatch(/no changeset names it/);
    writeChangeset("patch");
    expect((await runCheck(root, records)).problems[0]).toMatch(
      /declare a patch bump, but these changes require minor/,
    );
  });

  it("passes with a minor changeset, and the version step records the release", async () => {
    writeChangeset("minor");
    expect((await runCheck(root, records)).problems).toEqual([]);

    const before = JSON.parse(read("packages/data/package.json")).version as string;
    const { version } = versionPackages(
      root,
      changesetBin,
      records,
      new Date("2031-05-04T12:00:00Z"),
    );
    const [major, minor] = before.split(".").map(Number);
    expect(version).toBe(`${major}.${minor! + 1}.0`);

    const changelog = read("packages/data/CHANGELOG.md");
    expect(changelog).toContain(`## ${version}`);
    expect(changelog).toContain("Add a theme.");
    expect(changelog).toContain(`themes/\`${NEW_THEME.slug}\``);
    // The changesets' words come first, then the records, then the previous release.
    expect(changelog.indexOf(`## ${before}`)).toBeGreaterThan(changelog.indexOf(`## ${version}`));
    const entry = changelog.slice(
      changelog.indexOf(`## ${version}`),
      changelog.indexOf(`## ${before}`),
    );
    expect(entry.indexOf("Add a theme.")).toBeLessThan(entry.indexOf("### Data changes"));
    expect(entry).toContain(`themes/\`${NEW_THEME.slug}\``);

    const snapshot = JSON.parse(read(RELEASED_DATA)) as ReleaseSnapshot;
    expect(snapshot.version).toBe(version);
    expect(Object.keys(snapshot.entities.themes)).toContain(NEW_THEME.slug);
    expect(existsSync(join(root, ".changeset/add-theme.md"))).toBe(false);

    // The dataset's citation names this version and the day it was released.
    const cff = read("CITATION.cff");
    expect(cff).toMatch(new RegExp(`^version: ${version.replace(/\./g, "\\.")}$`, "m"));
    expect(cff).toMatch(/^date-released: 2031-05-04$/m);
    expect(cff).toContain("# How to cite"); // comments kept
    expect(JSON.parse(read("packages/data/release.json")).date).toBe("2031-05-04");

    // After the release, nothing is pending: the check passes with no changeset.
    expect((await runCheck(root, records)).problems).toEqual([]);
  });
});
