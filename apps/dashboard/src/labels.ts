// Words and colours for the schema's enum values, so every view names them the same way.
import { DatePrecision, EventKind, Relation } from "@nato-russia/client";

/** "ARMED_CONFLICT" → "Armed conflict". */
export function humanize(value: string): string {
  const words = value.toLowerCase().replace(/_/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** How precisely a date is known, as a reader would say it. */
export const PRECISION_LABEL: Record<DatePrecision, string> = {
  [DatePrecision.DAY]: "known to the day",
  [DatePrecision.MONTH]: "known to the month",
  [DatePrecision.YEAR]: "known to the year",
  [DatePrecision.DECADE]: "known to the decade",
};

/**
 * The order of the timeline's lanes from the top: events that are no interaction between
 * parties (a pandemic, a state's collapse), then cooperation, then conflict.
 */
export const RELATIONS: readonly Relation[] = [
  Relation.NON_INTERACTION,
  Relation.MATERIAL_COOPERATION,
  Relation.VERBAL_COOPERATION,
  Relation.VERBAL_CONFLICT,
  Relation.MATERIAL_CONFLICT,
];

/**
 * Grey for no interaction, green and blue for cooperation, orange and red for conflict; each
 * 3:1 or more on the bands.
 */
export const RELATION_COLOR: Record<Relation, string> = {
  [Relation.NON_INTERACTION]: "#6b6b6b",
  [Relation.MATERIAL_COOPERATION]: "#1b7a3d",
  [Relation.VERBAL_COOPERATION]: "#2f6fb3",
  [Relation.VERBAL_CONFLICT]: "#c25a00",
  [Relation.MATERIAL_CONFLICT]: "#b3261e",
};

export const EVENT_KINDS = Object.values(EventKind);

// Twelve hues, each at least 3:1 against the pale period bands; kinds beyond twelve reuse a
// hue with another shape, so each kind has its own mark.
const KIND_PALETTE = [
  "#1f77b4",
  "#d62728",
  "#23822a",
  "#9467bd",
  "#8c564b",
  "#c2459e",
  "#6b6b6b",
  "#7a7a00",
  "#0f8a96",
  "#c25a00",
  "#393b79",
  "#637939",
];

const KIND_SHAPES = ["circle", "diamond"] as const;

export function kindMark(kind: EventKind): { color: string; shape: (typeof KIND_SHAPES)[number] } {
  const index = EVENT_KINDS.indexOf(kind);
  return {
    color: KIND_PALETTE[index % KIND_PALETTE.length]!,
    shape: KIND_SHAPES[Math.floor(index / KIND_PALETTE.length) % KIND_SHAPES.length]!,
  };
}
