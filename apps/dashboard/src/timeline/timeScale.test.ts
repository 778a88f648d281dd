import { describe, expect, it } from "vitest";
import { axisTicks, EMPTY_WEIGHT, timeScale } from "./timeScale";

const coldWar = { start: 1945, end: 1992 };
const founding = { start: 1949.26, end: 1949.27 };
const recent = [1991, 1997, 2001, 2002, 2008, 2014, 2016, 2018, 2020, 2022, 2023].map((y) => ({
  start: y,
  end: y + 1,
}));

describe("timeScale", () => {
  const scale = timeScale([coldWar, founding, ...recent], [1945, 2024]);

  it("squeezes the empty decades so 1990–2024 gets most of the width", () => {
    expect(scale.gaps).toContainEqual({ start: 1950, end: 1991 });
    expect(1 - scale.at(1990)).toBeGreaterThan(0.6);
    // A squeezed year is EMPTY_WEIGHT of a busy one.
    const busyYear = scale.at(2015) - scale.at(2014);
    expect((scale.at(1961) - scale.at(1960)) / busyYear).toBeCloseTo(EMPTY_WEIGHT);
  });

  it("keeps short quiet stretches at full width", () => {
    expect(scale.gaps.some((gap) => gap.start === 2019)).toBe(false);
    expect(scale.at(2021) - scale.at(2020)).toBeCloseTo(scale.at(2015) - scale.at(2014));
  });

  it("runs from 0 to 1 and inverts", () => {
    expect(scale.at(1945)).toBe(0);
    expect(scale.at(2024)).toBe(1);
    for (const year of [1945.5, 1970.25, 2008.6, 2023.9])
      expect(scale.yearAt(scale.at(year))).toBeCloseTo(year);
  });

  it("is linear when there is nothing to squeeze", () => {
    const linear = timeScale([], [2014, 2024]);
    expect(linear.gaps).toEqual([]);
    expect(linear.at(2019)).toBeCloseTo(0.5);
  });
});

describe("axisTicks", () => {
  it("labels the ends of a squeezed run and round years where there is room", () => {
    const scale = timeScale([coldWar, founding, ...recent], [1945, 2024]);
    const ticks = axisTicks(scale, 0.08);
    expect(ticks).toContain(1950);
    expect(ticks).toContain(1991);
    expect(ticks).not.toContain(1970);
    for (let i = 1; i < ticks.length; i++)
      expect(scale.at(ticks[i]!) - scale.at(ticks[i - 1]!)).toBeGreaterThanOrEqual(0.08);
  });
});
