import type { PeriodsAndThemesQuery } from "@nato-russia/client";
import { fractionalYear } from "./timelinePoints";
import type { PeriodBand } from "./TimelineChart";

/** The periods as bands on the year axis; one that lasts has no end. */
export function periodBands(periods: PeriodsAndThemesQuery["periods"]): PeriodBand[] {
  return periods
    .map((period) => ({
      slug: period.slug,
      name: period.name,
      // A band starts where its date starts, not in the middle of its precision.
      start: fractionalYear(period.start.start, "DAY"),
      end: period.end ? fractionalYear(period.end.start, "DAY") : null,
    }))
    .sort((a, b) => a.start - b.start);
}
