// Words and colours for the schema's enum values, so every view names them the same way.
import { DatePrecision, EventKind, Relation, SourceTier } from "@nato-russia/client";

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

/** How far a document can be trusted, as a reader would say it. */
export const TIER_LABEL: Record<SourceTier, string> = {
  [SourceTier.OFFICIAL]: "official",
  [SourceTier.PRIMARY_DOCUMENT]: "primary document",
  [SourceTier.NEWS_AGENCY]: "news agency",
  [SourceTier.SCHOLARLY]: "scholarly",
  [SourceTier.REFERENCE_WORK]: "reference work",
  [SourceTier.SECONDARY]: "secondary source",
  [SourceTier.STATE_MEDIA]: "state media",
  [SourceTier.MIRROR]: "mirror",
};
