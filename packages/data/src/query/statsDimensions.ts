/** What events can be counted by, each with how its buckets are keyed and ordered. */
export const STATS_DIMENSIONS = {
  YEAR: "Year of the event's start; buckets in year order.",
  DECADE: 'Decade of the start, keyed "1990", labelled "1990s"; in order.',
  KIND: "Event kind; largest bucket first.",
  RELATION: "GDELT quad class; largest bucket first.",
  ACTOR: "Each actor taking part (an event counts once per actor); largest first.",
  THEME: "Each theme tagged (an event counts once per theme); largest first.",
  PERIOD: "Period of the relationship; largest first.",
} as const;
export type StatsDimension = keyof typeof STATS_DIMENSIONS;

/** One group of events and how many there are. */
export interface StatsBucket {
  key: string;
  label: string;
  count: number;
}
