// The periods table: a phase's start and end become the same date columns as an event's.
import { z } from "zod";
import { Period } from "../../../src/schema/index.js";
import type { Period as PeriodRecord } from "../../../src/schema/index.js";
import { dateColumns } from "../dateColumns.js";
import { verificationColumns } from "../verificationColumns.js";
import { table } from "../table.js";

const p = Period.shape;

/** A period's span as one fuzzy date: from its start to the end of its end. */
const spanOf = (x: PeriodRecord) => ({
  start: x.start.start,
  end: x.end ? (x.end.end ?? x.end.start) : undefined,
  precision: x.start.precision,
  label: x.end ? `${x.start.label} – ${x.end.label}` : `since ${x.start.label}`,
});

export const periods = table<PeriodRecord>({
  name: "periods",
  description: Period.description!,
  rows: (r) => [...r.periods],
  columns: [
    { name: "slug", schema: p.slug, value: (x) => x.slug },
    { name: "name", schema: p.name, value: (x) => x.name },
    { name: "summary", schema: p.summary, value: (x) => x.summary },
    ...dateColumns<PeriodRecord>(spanOf, "the phase").map((c) =>
      c.name === "date_end"
        ? { ...c, description: "End of the phase (same form as date_start); empty while it lasts." }
        : c.name === "year_end"
          ? {
              ...c,
              schema: z
                .number()
                .int()
                .optional()
                .describe("Calendar year of date_end; empty while the phase lasts."),
              value: (x: PeriodRecord) =>
                x.end ? Number((x.end.end ?? x.end.start).slice(0, 4)) : undefined,
            }
          : c.name === "precision"
            ? { ...c, description: "How precisely the evidence dates the start of the phase." }
            : c,
    ),
    {
      name: "end_precision",
      schema: p.start.shape.precision.optional(),
      description: "How precisely the evidence dates the end of the phase.",
      value: (x) => x.end?.precision,
    },
    ...verificationColumns<PeriodRecord>(p.verification),
  ],
  primaryKey: ["slug"],
  foreignKeys: [],
});
