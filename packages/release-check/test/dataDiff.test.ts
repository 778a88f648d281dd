import { records } from "@nato-russia/data";
import { describe, expect, it } from "vitest";
import { diffData, FOLD_AFTER, formatDataDiff } from "../src/dataDiff.js";
import { dataRequirement } from "../src/requirements.js";
import { snapshotOf } from "../src/snapshot.js";
import { NEW_THEME, withTheme } from "./fixtures.js";

const released = snapshotOf("1.0.0", records);
const passage = records.passages[3]!;

describe("data diff", () => {
  it("finds nothing when nothing changed", () => {
    expect(diffData(released, records).bump).toBe("none");
  });

  it("a record added is minor", () => {
    const d = diffData(released, withTheme());
    expect(d.added).toEqual([{ entity: "themes", slug: NEW_THEME.slug }]);
    expect(d.bump).toBe("minor");
  });

  it("a text corrected is patch, naming the field", () => {
    const corrected = records.passages.map((p) =>
      p === passage ? { ...p, text: `${p.text} ` } : p,
    );
    const d = diffData(released, { ...records, passages: corrected });
    expect(d.changed).toEqual([{ entity: "passages", slug: passage.slug, fields: ["text"] }]);
    expect(d.bump).toBe("patch");
  });

  it("a record removed is major", () => {
    const d = diffData(released, {
      ...records,
      passages: records.passages.filter((p) => p !== passage),
    });
    expect(d.removed).toEqual([{ entity: "passages", slug: passage.slug }]);
    expect(d.bump).toBe("major");
  });

  it("a slug renamed is major (the old slug disappears)", () => {
    const renamed = records.passages.map((p) =>
      p === passage ? { ...p, slug: `${p.slug}-renamed` } : p,
    );
    const d = diffData(released, { ...records, passages: renamed });
    expect(d.bump).toBe("major");
    expect(dataRequirement(d).reasons).toEqual([
      `major: passages/${passage.slug} removed or renamed`,
      `minor: passages/${passage.slug}-renamed added`,
    ]);
  });

  it("formats the diff per entity, folding long lists but naming every record", () => {
    const few = records.themes
      .slice(0, 2)
      .map((t) => ({ entity: "themes" as const, slug: t.slug }));
    const many = records.passages
      .slice(0, FOLD_AFTER + 1)
      .map((p) => ({ entity: "passages" as const, slug: p.slug }));
    const text = formatDataDiff({
      base: "1.0.0",
      added: [...few, ...many],
      changed: [],
      removed: [],
      bump: "minor",
    });
    expect(text).toContain(`**Records added (${FOLD_AFTER + 3})**`);
    // Entities in their dataset order, whatever the order of the diff.
    expect(text.indexOf("passages (")).toBeLessThan(text.indexOf("themes (2):"));
    expect(text).toContain(`<details><summary>passages (${FOLD_AFTER + 1})</summary>`);
    for (const { slug } of [...many, ...few]) expect(text).toContain(`\`${slug}\``);
    expect(text).not.toContain("Records changed");
    expect(text.endsWith("Bump these record changes require since 1.0.0: **minor**.")).toBe(true);
  });
});
