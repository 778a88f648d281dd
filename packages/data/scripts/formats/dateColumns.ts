// The columns a fuzzy date becomes in tidy tables: start and end as partial ISO dates, the
// precision, and the calendar years, so spreadsheets and SQL can sort and filter on integers.
import { z } from "zod";
import { FuzzyDate } from "../../src/schema/index.js";
import type { FuzzyDate as FuzzyDateValue } from "../../src/schema/index.js";
import type { Column } from "./table.js";

const year = (iso: string | undefined) => (iso === undefined ? undefined : Number(iso.slice(0, 4)));

/** Columns of the date `pick` returns; `prefix` tells apart the dates of a period. */
export function dateColumns<R>(
  pick: (row: R) => FuzzyDateValue | undefined,
  what: string,
): Column<R>[] {
  const d = FuzzyDate.shape;
  return [
    {
      name: "date_start",
      schema: d.start,
      description: `Start of ${what}: YYYY, YYYY-MM or YYYY-MM-DD, as precise as the evidence allows.`,
      value: (r) => pick(r)?.start,
    },
    {
      name: "date_end",
      schema: d.end,
      description: `End of ${what} when it spans time (same form as date_start); empty for a point.`,
      value: (r) => pick(r)?.end,
    },
    { name: "precision", schema: d.precision, value: (r) => pick(r)?.precision },
    {
      name: "year_start",
      schema: z.number().int().describe(`Calendar year of date_start.`),
      value: (r) => year(pick(r)?.start),
    },
    {
      name: "year_end",
      schema: z.number().int().describe(`Calendar year of date_end, or of date_start for a point.`),
      value: (r) => year(pick(r)?.end ?? pick(r)?.start),
    },
    { name: "date_label", schema: d.label, value: (r) => pick(r)?.label },
  ];
}
