import type { PeriodsAndThemesQuery } from "@nato-russia/client";
import { startOfDate } from "./timelinePoints";

export interface PeriodBand {
  slug: string;
  name: string;
  start: number;
  /** null while the period lasts. */
  end: number | null;
}

// Pale fills so the marks in front keep their contrast.
export const PERIOD_FILLS = ["#e7eef8", "#f4efe2", "#e8f3ec", "#f6e8e8", "#eee8f6", "#e6f2f4"];

/** The periods as bands on the year axis; one that lasts has no end. */
export function periodBands(periods: PeriodsAndThemesQuery["periods"]): PeriodBand[] {
  return periods
    .map((period) => ({
      slug: period.slug,
      name: period.name,
      // A band starts where its date starts, not in the middle of its precision.
      start: startOfDate(period.start.start),
      end: period.end ? startOfDate(period.end.start) : null,
    }))
    .sort((a, b) => a.start - b.start);
}
