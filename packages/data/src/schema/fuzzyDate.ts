import { z } from "zod";
import { isRealDate, PARTIAL_ISO, precisionMatches } from "../dates/partialIso.js";
import { describedEnum } from "./describedEnum.js";

/** How precisely a date is known, each precision with the form `start` then has. */
export const DATE_PRECISIONS = {
  DAY: "Known to the day: start is YYYY-MM-DD.",
  MONTH: "Known to the month: start is YYYY-MM.",
  YEAR: "Known to the year: start is YYYY.",
  DECADE: "Known to the decade: start is a year ending in 0.",
} as const;

export const DatePrecision = describedEnum(
  DATE_PRECISIONS,
  "How precisely the evidence dates a record.",
);

export const PartialIsoDate = z
  .string()
  .regex(PARTIAL_ISO, "must be YYYY, YYYY-MM or YYYY-MM-DD")
  .refine(isRealDate, { message: "is not a real calendar date" })
  .describe("ISO 8601 date truncated to the known precision: YYYY, YYYY-MM or YYYY-MM-DD.");

export const FuzzyDate = z
  .object({
    start: PartialIsoDate.describe("Start of the event, as precise as the evidence allows."),
    end: PartialIsoDate.optional().describe(
      "End of the event when it spans time; omitted for a point.",
    ),
    precision: DatePrecision,
    label: z
      .string()
      .min(1)
      .describe('Human-readable date as the source supports it, e.g. "April 1949".'),
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
      ctx.addIssue({
        code: "custom",
        path: ["end"],
        message: `end "${date.end}" is before start "${date.start}"`,
      });
    }
  })
  .describe("A date known to a stated precision, optionally a span.");

export type FuzzyDate = z.infer<typeof FuzzyDate>;
export type DatePrecision = z.infer<typeof DatePrecision>;
