import { records } from "@nato-russia/data";
import { describe, expect, it } from "vitest";
import { repoRoot } from "../src/paths.js";
import { missingSlugs, readReleasedSnapshot } from "../src/snapshot.js";

const released = readReleasedSnapshot(repoRoot);

describe("released slugs", () => {
  it("are all still present (removing or renaming one needs a major version)", () => {
    expect(missingSlugs(released, records)).toEqual([]);
  });

  it("would be caught if one disappeared", () => {
    const withoutOne = { ...records, passages: records.passages.slice(1) };
    expect(missingSlugs(released, withoutOne)).toEqual([`passages/${records.passages[0]!.slug}`]);
  });
});
