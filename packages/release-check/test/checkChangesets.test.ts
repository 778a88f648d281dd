import { records } from "@nato-russia/data";
import { describe, expect, it } from "vitest";
import { checkChangesets } from "../src/checkChangesets.js";
import { diffData } from "../src/dataDiff.js";
import { dataRequirement } from "../src/requirements.js";
import { snapshotOf } from "../src/snapshot.js";
import { withTheme } from "./fixtures.js";

const added = dataRequirement(diffData(snapshotOf("1.0.0", records), withTheme()));
const changeset = (type: string, name = "@nato-russia/data") => ({
  id: "c",
  releases: [{ name, type }],
});

describe("changeset check", () => {
  it("fails when data changed with no changeset at all", () => {
    const [problem] = checkChangesets([added], []);
    expect(problem).toMatch(
      /@nato-russia\/data changed but no changeset names it.*at least a minor bump/,
    );
    expect(problem).toContain("minor: themes/maritime-security-fixture added");
  });

  it("fails when the changeset is too small, saying which records need which bump", () => {
    const [problem] = checkChangesets([added], [changeset("patch")]);
    expect(problem).toBe(
      "@nato-russia/data: the pending changesets declare a patch bump, but these changes require minor:\n" +
        "  - minor: themes/maritime-security-fixture added",
    );
  });

  it("ignores changesets for other packages", () => {
    expect(checkChangesets([added], [changeset("major", "@nato-russia/client")])).toHaveLength(1);
  });

  it("passes when a changeset covers the bump, or exceeds it", () => {
    expect(checkChangesets([added], [changeset("minor")])).toEqual([]);
    expect(checkChangesets([added], [changeset("patch"), changeset("major")])).toEqual([]);
  });
});
