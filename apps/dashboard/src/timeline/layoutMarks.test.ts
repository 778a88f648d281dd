import { describe, expect, it } from "vitest";
import { crimea, georgia } from "../test/fixtures";
import { familyOf } from "./kindFamilies";
import { DOT, layoutMarks } from "./layoutMarks";
import type { TimelineEvent } from "./timelinePoints";
import { timeScale } from "./timeScale";

const coldWar: TimelineEvent = {
  slug: "cold-war",
  title: "Cold War",
  kind: "CRISIS",
  relation: "VERBAL_CONFLICT",
  date: { start: "1945", end: "1991", precision: "YEAR", label: "1945–1991" },
};
const year2014: TimelineEvent = {
  ...coldWar,
  slug: "refocus",
  date: { start: "2014", end: null, precision: "YEAR", label: "2014" },
};
const invasion: TimelineEvent = {
  ...coldWar,
  slug: "invasion",
  relation: "MATERIAL_CONFLICT",
  kind: "ARMED_CONFLICT",
  date: { start: "2022-02-24", end: null, precision: "DAY", label: "24 February 2022" },
};

describe("layoutMarks", () => {
  const events = [coldWar, year2014, georgia, crimea, invasion];
  // A linear scale (no event marks a year busy), so widths are plain years.
  const width = 800;
  const { marks, rowsPerLane } = layoutMarks(events, timeScale([], [1945, 2023]), width);
  const bySlug = (slug: string) => marks.find((m) => m.event.slug === slug)!;

  it("draws a span from its start to its end, and a year-only date over the whole year", () => {
    const px = width / (2023 - 1945);
    const cold = bySlug("cold-war");
    expect(cold.x1).toBeCloseTo(0);
    expect(cold.x2).toBeCloseTo(47 * px);
    const year = bySlug("refocus");
    expect(year.x1).toBeCloseTo(69 * px);
    expect(year.x2 - year.x1).toBeCloseTo(px);
    expect(year.dot).toBe(false);
  });

  it("draws a day as a dot, at least DOT wide", () => {
    const day = bySlug("invasion");
    expect(day.dot).toBe(true);
    expect(day.x2 - day.x1).toBeCloseTo(DOT);
  });

  it("colours by family and stacks overlapping marks of a lane on rows", () => {
    expect(bySlug("invasion").color).toBe(familyOf("ARMED_CONFLICT").color);
    // Georgia (2008) and Crimea (2014) share the conflict-in-deeds lane without overlapping.
    expect(bySlug(georgia.slug).lane).toBe(bySlug(crimea.slug).lane);
    for (const lane of new Set(marks.map((m) => m.lane))) {
      const inLane = marks.filter((m) => m.lane === lane);
      for (const a of inLane)
        for (const b of inLane)
          if (a !== b && a.row === b.row) expect(a.x2 <= b.x1 || b.x2 <= a.x1).toBe(true);
    }
    expect(rowsPerLane.every((rows) => rows >= 1)).toBe(true);
  });
});
