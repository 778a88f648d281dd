import { describe, expect, it } from "vitest";
import { crimea, founding, georgia } from "../test/fixtures";
import { dateSpan, dataYears, fractionalYear, timelineDomain } from "./timelinePoints";

describe("dateSpan", () => {
  it("covers all the time a date's precision allows", () => {
    expect(dateSpan({ start: "2014", end: null, precision: "YEAR" })).toEqual({
      start: 2014,
      end: 2015,
    });
    expect(dateSpan({ start: "1945", end: "1991", precision: "YEAR" })).toEqual({
      start: 1945,
      end: 1992,
    });
    const march = dateSpan({ start: "2014-03", end: null, precision: "MONTH" });
    expect(march.start).toBeCloseTo(2014 + 59 / 365);
    expect(march.end).toBeCloseTo(2014 + 90 / 365);
    const day = dateSpan({ start: "2022-02-24", end: null, precision: "DAY" });
    expect((day.end - day.start) * 365).toBeCloseTo(1);
    expect(dateSpan({ start: "1990", end: null, precision: "DECADE" })).toEqual({
      start: 1990,
      end: 2000,
    });
  });

  it("puts a point in the middle of its precision", () => {
    expect(fractionalYear("2014", "YEAR")).toBe(2014.5);
    expect(fractionalYear("1990", "DECADE")).toBe(1995);
  });
});

describe("timelineDomain", () => {
  it("runs over the data's own years, not up to today", () => {
    expect(timelineDomain({}, [founding, georgia, crimea])).toEqual([1997, 2015]);
    expect(dataYears([founding, georgia, crimea])).toEqual([1997, 2014]);
  });

  it("zooms to the filter's years, whole years included", () => {
    expect(timelineDomain({ from: "2014", to: "2022" }, [])).toEqual([2014, 2023]);
    expect(timelineDomain({ from: "2008-08-01" }, [crimea])).toEqual([2008, 2015]);
  });

  it("ignores a range the API will reject anyway", () => {
    expect(timelineDomain({ from: "2022", to: "2014" }, [crimea])).toEqual([2014, 2015]);
    expect(timelineDomain({ from: "soon" }, [crimea])).toEqual([2014, 2015]);
  });
});
