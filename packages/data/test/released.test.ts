import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { records } from "../src/records.js";
import { missingSlugs, type ReleaseSnapshot } from "../src/release/snapshot.js";

const released = JSON.parse(
  readFileSync(new URL("../released.json", import.meta.url), "utf8"),
) as ReleaseSnapshot;

describe("released slugs", () => {
  it("are all still present (removing or renaming one needs a major version)", () => {
    expect(missingSlugs(released, records)).toEqual([]);
  });

  it("would be caught if one disappeared", () => {
    const withoutOne = { ...records, passages: records.passages.slice(1) };
    expect(missingSlugs(released, withoutOne)).toEqual([`passages/${records.passages[0]!.slug}`]);
  });
});
