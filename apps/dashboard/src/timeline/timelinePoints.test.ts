import { describe, expect, it } from "vitest";
import { crimea, founding, georgia } from "../test/fixtures";
import {
  fractionalYear,
  laneOf,
  timelineDomain,
  timelinePoints,
  yearTicks,
  type TimelineEvent,
} from "./timelinePoints";

describe("fractionalYear", () => {
  it("puts a date in the middle of what its precision allows", () => {
    expect(fractionalYear("2014", "YEAR")).toBe(2014.5);
    expect(fractionalYear("1990", "DECADE")).toBe(1995);
    expect(fractionalYear("2014-03", "MONTH")).toBeCloseTo(2014 + 2.5 / 12);
    expect(fractionalYear("2022-01-01", "DAY")).toBeCloseTo(2022 + 0.5 / 365);
    expect(fractionalYear("2020-12-31", "DAY")).toBeCloseTo(2020 + 365.5 / 366);
  });
});

describe("timelinePoints", () => {
  it("puts cooperation above conflict", () => {
    expect(laneOf("MATERIAL_COOPERATION")).toBe(3);
    expect(laneOf("MATERIAL_CONFLICT")).toBe(0);
    const points = timelinePoints([crimea, founding], [1949, 2027]);
    const bySlug = Object.fromEntries(points.map((point) => [point.slug, point]));
    expect(bySlug[founding.slug]!.y).toBeGreaterThan(bySlug[crimea.slug]!.y);
  });

  it("moves events that would overlap in a lane onto another row", () => {
    const twins: TimelineEvent[] = ["a", "b", "c"].map((slug) => ({ ...georgia, slug }));
    const rows = timelinePoints(twins, [1949, 2027]).map((point) => point.y);
    expect(new Set(rows).size).toBe(3);
    for (const y of rows) expect(Math.abs(y - laneOf("MATERIAL_CONFLICT"))).toBeLessThan(0.5);
    // Far apart, they share the lane's middle row.
    const apart = timelinePoints([georgia, crimea], [1949, 2027]).map((point) => point.y);
    expect(apart).toEqual([0, 0]);
  });
});

describe("timelineDomain", () => {
  const now = new Date("2026-06-01");
  it("runs from 1949, or an earlier event, to next year", () => {
    expect(timelineDomain({}, [crimea], now)).toEqual([1949, 2027]);
    const coldWar = { ...crimea, date: { ...crimea.date, start: "1947" } };
    expect(timelineDomain({}, [coldWar], now)).toEqual([1947, 2027]);
  });

  it("zooms to the filter's years, whole years included", () => {
    expect(timelineDomain({ from: "2014", to: "2022" }, [], now)).toEqual([2014, 2023]);
    expect(timelineDomain({ from: "2008-08-01" }, [], now)).toEqual([2008, 2027]);
  });

  it("ignores a range the API will reject anyway", () => {
    expect(timelineDomain({ from: "2022", to: "2014" }, [], now)).toEqual([1949, 2027]);
    expect(timelineDomain({ from: "soon" }, [], now)).toEqual([1949, 2027]);
  });
});

describe("yearTicks", () => {
  it("labels decades over the whole span and single years when zoomed", () => {
    expect(yearTicks([1947, 2027])).toEqual([1950, 1960, 1970, 1980, 1990, 2000, 2010, 2020]);
    expect(yearTicks([2014, 2023])).toEqual([
      2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023,
    ]);
  });
});
