// The timeline's horizontal scale: years with events get the width, empty years are squeezed,
// so 1990–2023 is readable beside the quiet Cold War decades.

/** A span of time in fractional years: [start, end). */
export interface YearSpan {
  start: number;
  end: number;
}

export interface TimeScale {
  domain: readonly [number, number];
  /** Fraction of the width (0–1) at a fractional year. */
  at: (year: number) => number;
  /** The fractional year at a fraction of the width. */
  yearAt: (fraction: number) => number;
  /** Runs of empty years drawn narrow, each at least `MIN_GAP` years long. */
  gaps: readonly YearSpan[];
}

/** Width of an empty year against a year with events. */
export const EMPTY_WEIGHT = 0.12;
/** Shorter runs of empty years keep their width: a gap of a year or two is part of the story. */
const MIN_GAP = 3;
/** A span longer than this (the Cold War) does not make every year it covers "busy". */
const LONG_SPAN = 3;

/**
 * A piecewise linear scale over whole years from `domain[0]` to `domain[1]`: each year holding
 * a short event (or the start or end of a long one) has width 1, each run of `MIN_GAP` or more
 * years with none has `EMPTY_WEIGHT` per year.
 */
export function timeScale(
  events: readonly YearSpan[],
  domain: readonly [number, number],
): TimeScale {
  const [from, to] = domain;
  const years = Math.max(1, to - from);
  const busy = new Array<boolean>(years).fill(false);
  const mark = (year: number) => {
    const index = Math.floor(year) - from;
    if (index >= 0 && index < years) busy[index] = true;
  };
  for (const span of events) {
    if (span.end - span.start > LONG_SPAN) {
      mark(span.start);
      mark(span.end - 1e-9);
    } else for (let y = Math.floor(span.start); y < span.end; y++) mark(y);
  }
  const weights = busy.map(() => 1);
  const gaps: YearSpan[] = [];
  for (let i = 0; i < years;) {
    if (busy[i]) {
      i++;
      continue;
    }
    let j = i;
    while (j < years && !busy[j]) j++;
    if (j - i >= MIN_GAP) {
      for (let k = i; k < j; k++) weights[k] = EMPTY_WEIGHT;
      gaps.push({ start: from + i, end: from + j });
    }
    i = j;
  }
  // Nothing busy at all (an empty view): keep the scale linear.
  if (!busy.some(Boolean)) {
    weights.fill(1);
    gaps.length = 0;
  }
  const cumulative = [0];
  for (const w of weights) cumulative.push(cumulative.at(-1)! + w);
  const total = cumulative.at(-1)!;

  const at = (year: number) => {
    const t = Math.min(Math.max(year, from), to) - from;
    const index = Math.min(Math.floor(t), years - 1);
    return (cumulative[index]! + (t - index) * weights[index]!) / total;
  };
  const yearAt = (fraction: number) => {
    const target = Math.min(Math.max(fraction, 0), 1) * total;
    let index = 0;
    while (index < years - 1 && cumulative[index + 1]! <= target) index++;
    return from + index + (target - cumulative[index]!) / weights[index]!;
  };
  return { domain, at, yearAt, gaps };
}

/**
 * Years to label on the axis, at least `minGap` (a fraction of the width) apart: the ends of
 * each squeezed run, then round years (decades, fives, single years) where there is room.
 */
export function axisTicks(scale: TimeScale, minGap: number): number[] {
  const [from, to] = scale.domain;
  const inGap = (year: number) => scale.gaps.some((gap) => year > gap.start && year < gap.end);
  const candidates = [
    from,
    ...scale.gaps.flatMap((gap) => [gap.start, gap.end]),
    ...[10, 5, 2, 1].flatMap((step) => {
      const list: number[] = [];
      for (let y = Math.ceil(from / step) * step; y <= to; y += step) if (!inGap(y)) list.push(y);
      return list;
    }),
  ];
  const ticks: number[] = [];
  for (const year of candidates) {
    if (ticks.includes(year)) continue;
    if (ticks.every((tick) => Math.abs(scale.at(tick) - scale.at(year)) >= minGap))
      ticks.push(year);
  }
  return ticks.sort((a, b) => a - b);
}
