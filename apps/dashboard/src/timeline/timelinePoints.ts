// Where each event sits on the timeline: x is the date as a fractional year, y the lane of its
// relation (cooperation at the top, conflict at the bottom), nudged so close events stay apart.
import type { DatePrecision, EventKind, Relation } from "@nato-russia/client";
import { RELATIONS } from "../labels";

export interface TimelineEvent {
  slug: string;
  title: string;
  kind: EventKind;
  relation: Relation;
  date: { start: string; precision: DatePrecision; label: string };
}

export interface TimelinePoint {
  x: number;
  y: number;
  slug: string;
  title: string;
  label: string;
  kind: EventKind;
  relation: Relation;
}

/** The middle of the date's precision: mid-year for "2014", mid-March for "2014-03". */
export function fractionalYear(start: string, precision: DatePrecision): number {
  const [year = 0, month = 1, day = 1] = start.split("-").map(Number);
  switch (precision) {
    case "DECADE":
      return year + 5;
    case "YEAR":
      return year + 0.5;
    case "MONTH":
      return year + (month - 0.5) / 12;
    case "DAY": {
      const startOfYear = Date.UTC(year, 0, 1);
      const days = (Date.UTC(year + 1, 0, 1) - startOfYear) / 86_400_000;
      return year + ((Date.UTC(year, month - 1, day) - startOfYear) / 86_400_000 + 0.5) / days;
    }
  }
}

/** y of a relation's lane: 0 at the bottom. */
export function laneOf(relation: Relation): number {
  return RELATIONS.length - 1 - RELATIONS.indexOf(relation);
}

// Offsets within a lane, tried in order; a lane is one unit high.
const NUDGES = [0, 0.25, -0.25, 0.12, -0.12, 0.37, -0.37];

/**
 * One point per event. Within a lane, an event closer than `span / 70` years to the last one
 * on a row moves to the next free row, so a busy year (2022) shows every event.
 */
export function timelinePoints(
  events: readonly TimelineEvent[],
  domain: readonly [number, number],
): TimelinePoint[] {
  const gap = (domain[1] - domain[0]) / 70;
  const placed = events
    .map((event) => ({ event, x: fractionalYear(event.date.start, event.date.precision) }))
    .sort((a, b) => a.x - b.x);
  const rowEnds = new Map<Relation, number[]>();
  return placed.map(({ event, x }) => {
    const ends = rowEnds.get(event.relation) ?? NUDGES.map(() => -Infinity);
    rowEnds.set(event.relation, ends);
    let row = ends.findIndex((end) => x - end >= gap);
    if (row === -1) row = ends.indexOf(Math.min(...ends));
    ends[row] = x;
    return {
      x,
      y: laneOf(event.relation) + NUDGES[row]!,
      slug: event.slug,
      title: event.title,
      label: event.date.label,
      kind: event.kind,
      relation: event.relation,
    };
  });
}

/** The years shown: the filter's range, or 1949 (or the first event) to next year. */
export function timelineDomain(
  filters: { from?: string; to?: string },
  events: readonly TimelineEvent[],
  now = new Date(),
): [number, number] {
  const firstYear = Math.min(1949, ...events.map((event) => Number(event.date.start.slice(0, 4))));
  const from = filters.from ? Number(filters.from.slice(0, 4)) : firstYear;
  const to = filters.to ? Number(filters.to.slice(0, 4)) + 1 : now.getFullYear() + 1;
  return from < to ? [from, to] : [firstYear, now.getFullYear() + 1];
}

/** Round ticks for the axis: decades over a long span, single years over a short one. */
export function yearTicks([from, to]: readonly [number, number]): number[] {
  const span = to - from;
  const step = span > 60 ? 10 : span > 25 ? 5 : span > 10 ? 2 : 1;
  const ticks: number[] = [];
  for (let year = Math.ceil(from / step) * step; year <= to; year += step) ticks.push(year);
  return ticks;
}
