/** YYYY, YYYY-MM or YYYY-MM-DD. */
export const PARTIAL_ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** True for a partial ISO date that exists on the calendar ("2023-02-30" does not). */
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

/** The precision a date string can carry: DECADE is a year ending in 0. */
export function precisionMatches(
  value: string,
  precision: "DAY" | "MONTH" | "YEAR" | "DECADE",
): boolean {
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
