import { EventKind } from "@nato-russia/client";
import { describe, expect, it } from "vitest";
import { familyOf, KIND_FAMILIES } from "./kindFamilies";

/** WCAG relative luminance contrast between two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe("kind families", () => {
  it("put every kind of the schema in exactly one family", () => {
    const listed = KIND_FAMILIES.flatMap((family) => family.kinds);
    expect([...listed].sort()).toEqual(Object.values(EventKind).sort());
    expect(familyOf(EventKind.ANNEXATION).key).toBe("force");
  });

  it("are a handful, each colour distinct and readable on white and on the palest band", () => {
    expect(KIND_FAMILIES.length).toBeLessThanOrEqual(6);
    expect(new Set(KIND_FAMILIES.map((f) => f.color)).size).toBe(KIND_FAMILIES.length);
    for (const { color } of KIND_FAMILIES) {
      expect(contrast(color, "#ffffff")).toBeGreaterThanOrEqual(4.5);
      expect(contrast(color, "#f4efe2")).toBeGreaterThanOrEqual(3);
    }
  });
});
