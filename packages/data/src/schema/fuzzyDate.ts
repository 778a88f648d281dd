import { z } from "zod";

export const DatePrecision = z
  .enum(["DAY", "MONTH", "YEAR", "DECADE"])
  .describe("How precisely the evidence dates the record.");

const PARTIAL_ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** ISO 8601 calendar date truncated to year or month: YYYY, YYYY-MM or YYYY-MM-DD. */
export const PartialIsoDate = z
  .string()
  .regex(PARTIAL_ISO, "must be YYYY, YYYY-MM or YYYY-MM-DD")
  .refine(isRealDate, { message: "is not a real calendar date" })
  .describe("ISO 8601 date truncated to the known precision: YYYY, YYYY-MM or YYYY-MM-DD.");

export function isRealDate(value: string): boolean {
  const m = PARTIAL_ISO.exec(value);
  if (!m) return false;
  const [, y, mo, d] = m;
  if (mo === undefined) return true;
  const month = Number(mo);
  if (month < 1 || month > 12) return false;
  if (d === undefined) return true;
  const day = Number(d);
  const daysInMonth = new Date(Date.UTC(Number(y), month, 0)).getUTCDate();
  return day >= 1 && day <= daysInMonth;
}

/** The precision a date string can carry: DECADE is a YEAR string ending in 0. */
export function precisionMatches(value: string, precision: z.infer<typeof DatePrecision>): boolean {
  const parts = value.split("-").length;
  switch (precision) {
    case "DAY":
      return parts === 3;
    case "MONTH":
      return parts === 2;
    case "YEAR":
      return parts === 1;
    case "DECADE":
      return parts === 1 && value.endsWith("0");
  }
}

export const FuzzyDate = z
  .object({
    start: PartialIsoDate.describe("Start of the event, as precise as the evidence allows."),
    end: PartialIsoDate.optional().describe("End of the event when it spans time; omitted for a point."),
    precision: DatePrecision,
    label: z.string().min(1).describe('Human-readable date as the source supports it, e.g. "April 1949".'),
  })
  .strict()
  .superRefine((date, ctx) => {
    if (!precisionMatches(date.start, date.precision)) {
      ctx.addIssue({
        code: "custom",
        path: ["precision"],
        message: `precision ${date.precision} does not match start "${date.start}"`,
      });
    }
    if (date.end !== undefined && date.end < date.start && !date.start.startsWith(date.end)) {
      ctx.addIssue({ code: "custom", path: ["end"], message: `end "${date.end}" is before start "${date.start}"` });
    }
  })
  .describe("A date known to a stated precision, optionally a span.");

export type FuzzyDate = z.infer<typeof FuzzyDate>;
export type DatePrecision = z.infer<typeof DatePrecision>;
