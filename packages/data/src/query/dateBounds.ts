import { isRealDate } from "../dates/partialIso.js";
import type { FuzzyDate } from "../schema/index.js";
import { QueryError } from "./QueryError.js";

/** Earliest day a partial ISO date can mean: "2014" → "2014-01-01". */
export function lowerBound(date: string): string {
  const [y, m = "01", d = "01"] = date.split("-");
  return `${y}-${m}-${d}`;
}

/** Latest day a partial ISO date can mean: "2014" → "2014-12-31", "2014-02" → "2014-02-28". */
export function upperBound(date: string): string {
  const [y, m, d] = date.split("-");
  if (d !== undefined) return date;
  if (m !== undefined) {
    const last = new Date(Date.UTC(Number(y), Number(m), 0)).getUTCDate();
    return `${y}-${m}-${String(last).padStart(2, "0")}`;
  }
  return `${y}-12-31`;
}

/** The span of days a fuzzy date covers; a DECADE covers ten years. */
export function spanOf(date: FuzzyDate): { low: string; high: string } {
  const end = date.end ?? date.start;
  const high =
    date.precision === "DECADE" && date.end === undefined
      ? `${Number(date.start) + 9}-12-31`
      : upperBound(end);
  return { low: lowerBound(date.start), high };
}

/** Parses a user-supplied filter bound, rejecting malformed or impossible dates. */
export function parseBound(value: string, field: string): string {
  if (!isRealDate(value)) {
    throw new QueryError(
      "BAD_DATE",
      `${field} must be a real date as YYYY, YYYY-MM or YYYY-MM-DD; got "${value}"`,
      field,
    );
  }
  return value;
}

/** The year of a fuzzy date's start. */
export function yearOf(date: FuzzyDate): number {
  return Number(date.start.slice(0, 4));
}
