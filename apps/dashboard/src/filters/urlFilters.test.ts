import { describe, expect, it } from "vitest";
import {
  filtersFromParams,
  hasFilters,
  NO_FILTERS,
  paramsWithFilters,
  timelineLink,
  toEventFilter,
} from "./urlFilters";

describe("filters in the URL", () => {
  it("read dates and repeated list parameters", () => {
    const filters = filtersFromParams(
      new URLSearchParams(
        "from=2014&to=2022&kind=ANNEXATION&kind=SANCTION&actor=russia&color=kind",
      ),
    );
    expect(filters).toEqual({
      from: "2014",
      to: "2022",
      kinds: ["ANNEXATION", "SANCTION"],
      relations: [],
      actors: ["russia"],
      themes: [],
      periods: [],
    });
    expect(hasFilters(filters)).toBe(true);
    expect(hasFilters(filtersFromParams(new URLSearchParams("color=kind")))).toBe(false);
  });

  it("keep values they do not know, for the API to name in its error", () => {
    const filters = filtersFromParams(new URLSearchParams("from=2023-13-01&actor=nobody"));
    expect(toEventFilter(filters)).toEqual({ from: "2023-13-01", actors: ["nobody"] });
  });

  it("write back without touching the view's other parameters", () => {
    const params = new URLSearchParams("color=kind&from=1990&kind=SUMMIT");
    const next = paramsWithFilters(params, { ...NO_FILTERS, from: "2014", themes: ["sanctions"] });
    expect(next.toString()).toBe("color=kind&from=2014&theme=sanctions");
    expect(paramsWithFilters(params, NO_FILTERS).toString()).toBe("color=kind");
  });

  it("leave empty lists out of the API's filter", () => {
    expect(toEventFilter(NO_FILTERS)).toEqual({});
  });

  it("make links to the timeline", () => {
    expect(timelineLink({})).toBe("/");
    expect(timelineLink({ from: "2008", to: "2008" })).toBe("/?from=2008&to=2008");
    expect(timelineLink({ periods: ["frozen-relations"] })).toBe("/?period=frozen-relations");
  });
});
