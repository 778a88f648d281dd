// The dataset's enumerations. Each map is typed by the data package's union, so a value added
// there fails to compile here until it is described.
import type {
  ActorKind,
  ActorRole,
  DatePrecision,
  EventKind,
  EventOrder,
  Reference,
  Relation,
  SearchType,
  SourceTier,
  StatsDimension,
  VerificationStatus,
} from "@nato-russia/data";
import { builder } from "../builder.js";
import type { CitationStyle } from "../citations.js";

type Described<T extends string> = Record<T, { description: string }>;

const d = (description: string) => ({ description });

export const EventKindEnum = builder.enumType("EventKind", {
  description: "What kind of event it is.",
  values: {
    FOUNDING: d("An organisation is founded."),
    AGREEMENT: d("An agreement is signed."),
    INSTITUTION: d("An institution or forum is created."),
    SUMMIT: d("A summit is held."),
    ENLARGEMENT: d("A state applies to or joins an alliance or union."),
    DISSOLUTION: d("A state or bloc is dissolved."),
    MILITARY_ACTION: d("Military action short of war."),
    ARMED_CONFLICT: d("War or invasion."),
    ANNEXATION: d("Territory is annexed."),
    DEPLOYMENT: d("Forces are deployed."),
    CYBER_OPERATION: d("A cyber operation."),
    HYBRID_INFLUENCE: d("Election meddling, disinformation or other hybrid influence."),
    ASSASSINATION: d("An assassination or attempt."),
    ENERGY: d("Energy supply or pipelines."),
    SANCTION: d("A sanction or embargo."),
    TERRORISM: d("A terrorist attack."),
    COOPERATION: d("Cooperation in practice."),
    SUSPENSION: d("Ties or cooperation are suspended."),
    DIPLOMATIC_STATEMENT: d("A condemnation, declaration or other statement."),
    POLITICAL_CHANGE: d("A change of leadership or strategy."),
    CRISIS: d("Wider instability, such as a pandemic."),
  } satisfies Described<EventKind>,
});

export const RelationEnum = builder.enumType("Relation", {
  description:
    "GDELT quad class of an event: verbal or material, cooperation or conflict; or NON_INTERACTION when it is not an interaction between parties.",
  values: {
    VERBAL_COOPERATION: d("Statements of cooperation: declarations, agreements in words."),
    MATERIAL_COOPERATION: d("Cooperation in deeds: joint action, aid, treaties carried out."),
    VERBAL_CONFLICT: d("Conflict in words: condemnations, threats, accusations."),
    MATERIAL_CONFLICT: d("Conflict in deeds: force, sanctions, expulsions."),
    NON_INTERACTION: d(
      "Not an interaction between parties (a pandemic, a change of leader at home, a state's collapse): counted as neither cooperation nor conflict.",
    ),
  } satisfies Described<Relation>,
});

export const ActorKindEnum = builder.enumType("ActorKind", {
  description: "What kind of actor it is.",
  values: {
    STATE: d("A sovereign state."),
    ALLIANCE: d("A military alliance, such as NATO."),
    INTERNATIONAL_ORGANIZATION: d("An intergovernmental or international body (EU, WADA, OPCW)."),
    ORGANIZATION_BODY: d("An organ of an organisation (NATO–Russia Council, European Parliament)."),
    BLOC: d("A historical union or bloc (Soviet Union, Warsaw Pact)."),
    PERSON: d("A named individual."),
    NON_STATE_GROUP: d('A group the article names without a legal identity ("the West").'),
  } satisfies Described<ActorKind>,
});

export const ActorRoleEnum = builder.enumType("ActorRole", {
  description: "The part an actor plays in an event.",
  values: {
    INITIATOR: d("Acts first or decides."),
    TARGET: d("Is acted upon."),
    PARTICIPANT: d("Takes part."),
    SIGNATORY: d("Signs an agreement."),
  } satisfies Described<ActorRole>,
});

export const DatePrecisionEnum = builder.enumType("DatePrecision", {
  description: "How precisely the evidence dates a record.",
  values: {
    DAY: d("Known to the day: start is YYYY-MM-DD."),
    MONTH: d("Known to the month: start is YYYY-MM."),
    YEAR: d("Known to the year: start is YYYY."),
    DECADE: d("Known to the decade: start is a year ending in 0."),
  } satisfies Described<DatePrecision>,
});

export const VerificationStatusEnum = builder.enumType("VerificationStatus", {
  description: "How the article's claim compares with the public record.",
  values: {
    CONSISTENT: d("Every part of the claim was checked against a trusted public source and holds."),
    IMPRECISE: d("Broadly right, but wrong or vague in a detail."),
    DISPUTED: d("Trusted sources contradict the article's core claim."),
    UNVERIFIED: d("No trusted public source could be found or read for it."),
  } satisfies Described<VerificationStatus>,
});

export const ReferenceRoleEnum = builder.enumType("ReferenceRole", {
  description: "Why a work is in the dataset.",
  values: {
    PRIMARY: d("The article the dataset is drawn from."),
    CITED: d("An entry of the article's reference list."),
    VERIFICATION: d("A public source read to check a claim."),
  } satisfies Described<Reference["role"]>,
});

export const SourceTierEnum = builder.enumType("SourceTier", {
  description:
    "How far a source can be trusted to check a claim. A CONSISTENT, IMPRECISE or DISPUTED record needs a verification source above SECONDARY.",
  values: {
    OFFICIAL: d(
      "The body's own site or text: NATO, a government, a parliament, the UN, an EU institution.",
    ),
    PRIMARY_DOCUMENT: d("A treaty or declaration text hosted by an archive or a library."),
    NEWS_AGENCY: d("A wire service or a quality newspaper or broadcaster."),
    SCHOLARLY: d(
      "Peer-reviewed work, a university press, a serious research institute or journal.",
    ),
    REFERENCE_WORK: d("An encyclopaedia (Wikipedia only on its own domain)."),
    SECONDARY: d("Another secondary web source, blog or magazine of uneven quality."),
    STATE_MEDIA: d(
      "State-controlled media (TASS, RIA, Sputnik, RT, TRT): a source only for what that state says.",
    ),
    MIRROR: d("A copy of another publisher's text, a content farm or an aggregator."),
  } satisfies Described<SourceTier>,
});

export const EventOrderEnum = builder.enumType("EventOrder", {
  description: "Order of an event list.",
  values: {
    DATE_ASC: d("Earliest first (by start, then end, then slug)."),
    DATE_DESC: d("Latest first."),
  } satisfies Described<EventOrder>,
});

export const EventStatsDimensionEnum = builder.enumType("EventStatsDimension", {
  description: "What to count events by.",
  values: {
    YEAR: d("Year of the event's start; buckets in year order."),
    DECADE: d('Decade of the start, keyed "1990", labelled "1990s"; in order.'),
    KIND: d("Event kind; largest bucket first."),
    RELATION: d("GDELT quad class; largest bucket first."),
    ACTOR: d("Each actor taking part (an event counts once per actor); largest first."),
    THEME: d("Each theme tagged (an event counts once per theme); largest first."),
    PERIOD: d("Period of the relationship; largest first."),
  } satisfies Described<StatsDimension>,
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
