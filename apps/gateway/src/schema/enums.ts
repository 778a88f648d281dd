// The dataset's enumerations, built from the data package's maps of value → description, so
// each value is described once, there; the type descriptions are the zod enums' own.
import {
  ACTOR_KINDS,
  ACTOR_ROLES,
  DATE_PRECISIONS,
  EVENT_KINDS,
  EVENT_ORDERS,
  REFERENCE_ROLES,
  RELATIONS,
  SOURCE_TIER_DESCRIPTIONS,
  STATS_DIMENSIONS,
  VERIFICATION_STATUSES,
  type SearchType,
} from "@nato-russia/data";
import {
  ActorKind,
  ActorRole,
  DatePrecision,
  EventKind,
  ReferenceRole,
  Relation,
  SourceTier,
  VerificationStatus,
} from "@nato-russia/data/schemas";
import { builder } from "../builder.js";
import type { CitationStyle } from "../citations.js";

type Described<T extends string> = Record<T, { description: string }>;

const d = (description: string) => ({ description });

/** Pothos enum values from a map of value → description. */
function valuesOf<T extends string>(map: Readonly<Record<T, string>>): Described<T> {
  return Object.fromEntries(
    Object.entries<string>(map).map(([v, text]) => [v, d(text)]),
  ) as Described<T>;
}

/** The description of a String field that holds an enum's values: each value with its meaning. */
export function withValues(
  description: string | undefined,
  values: Readonly<Record<string, string>>,
): string {
  return [description, ...Object.entries(values).map(([v, text]) => `${v}: ${text}`)].join(" ");
}

export const EventKindEnum = builder.enumType("EventKind", {
  description: EventKind.description,
  values: valuesOf(EVENT_KINDS),
});

export const RelationEnum = builder.enumType("Relation", {
  description: Relation.description,
  values: valuesOf(RELATIONS),
});

export const ActorKindEnum = builder.enumType("ActorKind", {
  description: ActorKind.description,
  values: valuesOf(ACTOR_KINDS),
});

export const ActorRoleEnum = builder.enumType("ActorRole", {
  description: ActorRole.description,
  values: valuesOf(ACTOR_ROLES),
});

export const DatePrecisionEnum = builder.enumType("DatePrecision", {
  description: DatePrecision.description,
  values: valuesOf(DATE_PRECISIONS),
});

export const VerificationStatusEnum = builder.enumType("VerificationStatus", {
  description: VerificationStatus.description,
  values: valuesOf(VERIFICATION_STATUSES),
});

export const ReferenceRoleEnum = builder.enumType("ReferenceRole", {
  description: ReferenceRole.description,
  values: valuesOf(REFERENCE_ROLES),
});

export const SourceTierEnum = builder.enumType("SourceTier", {
  description: SourceTier.description,
  values: valuesOf(SOURCE_TIER_DESCRIPTIONS),
});

export const EventOrderEnum = builder.enumType("EventOrder", {
  description: "Order of an event list.",
  values: valuesOf(EVENT_ORDERS),
});

export const EventStatsDimensionEnum = builder.enumType("EventStatsDimension", {
  description: "What to count events by.",
  values: valuesOf(STATS_DIMENSIONS),
});

export const SearchResultTypeEnum = builder.enumType("SearchResultType", {
  description: "A type of record search can return.",
  values: {
    EVENT: d("Events."),
    ACTOR: d("Actors."),
    REFERENCE: d("References."),
    PASSAGE: d("Passages of the article."),
    PERIOD: d("Periods."),
    THEME: d("Themes."),
    POSITION: d("Positions."),
  } satisfies Described<Uppercase<SearchType>>,
});

export const CitationStyleEnum = builder.enumType("CitationStyle", {
  description: "A citation style, applied by citation-js with the CSL project's styles.",
  values: {
    APA: d("APA 7th edition."),
    CHICAGO: d(
      "Chicago Manual of Style 17th edition, author-date (the style the source article uses).",
    ),
    HARVARD: d("Harvard author-date (the CSL project's harvard1)."),
    MLA: d("MLA Handbook 9th edition."),
    VANCOUVER: d("Vancouver (numeric; the number is left out for a single reference)."),
    BIBTEX: d("A BibTeX entry."),
  } satisfies Described<CitationStyle>,
});
