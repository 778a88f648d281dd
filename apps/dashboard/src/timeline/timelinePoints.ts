// Where events sit in time: dates as fractional years, over the whole of their precision, and
// the lane of each relation (cooperation at the top, conflict at the bottom).
import type { DatePrecision, EventKind, Relation } from "@nato-russia/client";
import { RELATIONS } from "../labels";
import type { YearSpan } from "./timeScale";

export interface TimelineEvent {
  slug: string;
  title: string;
  kind: EventKind;
  relation: Relation;
  date: { start: string; end: string | null; precision: DatePrecision; label: string };
}

/** The first instant of a date at its precision, as a fractional year. */
export function startOfDate(date: string): number {
  const [year = 0, month = 1, day = 1] = date.split("-").map(Number);
  const startOfYear = Date.UTC(year, 0, 1);
  const days = (Date.UTC(year + 1, 0, 1) - startOfYear) / 86_400_000;
  return year + (Date.UTC(year, month - 1, day) - startOfYear) / 86_400_000 / days;
}

/** The instant just after a date at its precision: the end of its day, month, year or decade. */
export function endOfDate(date: string, precision: DatePrecision): number {
  const [year = 0, month = 1, day = 1] = date.split("-").map(Number);
  switch (precision) {
    case "DECADE":
      return Math.floor(year / 10) * 10 + 10;
    case "YEAR":
      return year + 1;
    case "MONTH":
      return month === 12 ? year + 1 : startOfDate(`${year}-${month + 1}`);
    case "DAY": {
      const next = new Date(Date.UTC(year, month - 1, day + 1)).toISOString().slice(0, 10);
      return startOfDate(next);
    }
  }
}

/** All the time a dated event may cover: "2014" is the whole year, "2008-08/2009-03" eight months. */
export function dateSpan(
  date: Pick<TimelineEvent["date"], "start" | "end" | "precision">,
): YearSpan {
  const start =
    date.precision === "DECADE"
      ? Math.floor(Number(date.start.slice(0, 4)) / 10) * 10
      : startOfDate(date.start);
  return { start, end: endOfDate(date.end ?? date.start, date.precision) };
}

/** The middle of the date's precision: mid-year for "2014", mid-March for "2014-03". */
export function fractionalYear(start: string, precision: DatePrecision): number {
  const span = dateSpan({ start, end: null, precision });
  return (span.start + span.end) / 2;
}

/** Index of a relation's lane from the top. */
export function laneOf(relation: Relation): number {
  return RELATIONS.indexOf(relation);
}

/**
 * The years shown: the filter's range, else the data's own, from the first event's start year
 * to the year after the last one ends. Never today's year: the chart says what the data holds.
 */
export function timelineDomain(
  filters: { from?: string; to?: string },
  events: readonly TimelineEvent[],
): [number, number] {
  const spans = events.map((event) => dateSpan(event.date));
  const first = spans.length ? Math.floor(Math.min(...spans.map((s) => s.start))) : 1949;
  const last = spans.length ? Math.ceil(Math.max(...spans.map((s) => s.end))) : first + 1;
  const year = (value: string | undefined) => {
    const parsed = Number(value?.slice(0, 4));
    return value && Number.isInteger(parsed) ? parsed : undefined;
  };
  const from = year(filters.from) ?? first;
  const to = (year(filters.to) ?? last - 1) + 1;
  return from < to ? [from, to] : [first, Math.max(last, first + 1)];
}

/** The data's own range of years, for a header: "1945–2024". */
export function dataYears(events: readonly TimelineEvent[]): [number, number] | undefined {
  if (events.length === 0) return undefined;
  const spans = events.map((event) => dateSpan(event.date));
  return [
    Math.floor(Math.min(...spans.map((s) => s.start))),
    Math.ceil(Math.max(...spans.map((s) => s.end))) - 1,
  ];
}
