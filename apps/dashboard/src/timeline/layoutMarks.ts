// Where each event is drawn: a bar over all the time it may cover (a span from start to end,
// a whole year for a year-only date), at least a dot wide, in its relation's lane, on the first
// row of the lane where it overlaps nothing.
import { RELATIONS } from "../labels";
import { familyOf } from "./kindFamilies";
import { dateSpan, laneOf, type TimelineEvent } from "./timelinePoints";
import type { TimeScale } from "./timeScale";

export interface Mark {
  event: TimelineEvent;
  /** Left and right edges in pixels. */
  x1: number;
  x2: number;
  lane: number;
  row: number;
  color: string;
  /** Drawn as a dot: known to the day, and shorter than a dot is wide. */
  dot: boolean;
}

export const DOT = 9;
/** Space kept between two marks on one row. */
const PAD = 2;

export function layoutMarks(
  events: readonly TimelineEvent[],
  scale: TimeScale,
  width: number,
): { marks: Mark[]; rowsPerLane: number[] } {
  const rowEnds: number[][] = RELATIONS.map(() => []);
  const placed = events
    .map((event) => {
      const span = dateSpan(event.date);
      let x1 = scale.at(span.start) * width;
      let x2 = scale.at(span.end) * width;
      const dot = x2 - x1 < DOT;
      if (dot) {
        const middle = (x1 + x2) / 2;
        [x1, x2] = [middle - DOT / 2, middle + DOT / 2];
      }
      return { event, x1, x2, dot: dot && event.date.precision === "DAY" };
    })
    .sort((a, b) => a.x1 - b.x1 || b.x2 - a.x2);
  const marks = placed.map(({ event, x1, x2, dot }) => {
    const lane = laneOf(event.relation);
    const ends = rowEnds[lane]!;
    let row = ends.findIndex((end) => x1 >= end + PAD);
    if (row === -1) row = ends.length;
    ends[row] = x2;
    return { event, x1, x2, lane, row, dot, color: familyOf(event.kind).color };
  });
  return { marks, rowsPerLane: rowEnds.map((ends) => Math.max(1, ends.length)) };
}
