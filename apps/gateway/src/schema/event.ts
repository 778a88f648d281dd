import { Event, EventActor } from "@nato-russia/data/schemas";
import { builder } from "../builder.js";
import { paginate } from "../pagination.js";
import { EventConnection } from "./connections.js";
import {
  ActorRoleEnum,
  EventKindEnum,
  EventOrderEnum,
  EventStatsDimensionEnum,
  ReferenceRoleEnum,
  RelationEnum,
  VerificationStatusEnum,
} from "./enums.js";
import { required } from "./lookups.js";
import {
  ActorRef,
  AttestationRef,
  EventActorRef,
  EventFilterInput,
  EventRef,
  FuzzyDateRef,
  PeriodRef,
  ReferenceRef,
  StatsBucketRef,
  ThemeRef,
  VerificationRef,
} from "./refs.js";

EventFilterInput.implement({
  description:
    "Which events to return. Within a list any value matches (OR); across fields all must match (AND). An unknown slug is an UNKNOWN_SLUG error.",
  fields: (t) => ({
    from: t.string({
      description:
        "Earliest date, as YYYY, YYYY-MM or YYYY-MM-DD; events whose span reaches it match. A bad date is BAD_DATE.",
    }),
    to: t.string({
      description:
        "Latest date, as YYYY, YYYY-MM or YYYY-MM-DD; events whose span starts by then match.",
    }),
    kinds: t.field({ type: [EventKindEnum], description: "Any of these kinds." }),
    relations: t.field({ type: [RelationEnum], description: "Any of these GDELT quad classes." }),
    actors: t.stringList({ description: "Slugs of actors; events any of them takes part in." }),
    themes: t.stringList({ description: "Slugs of themes; events tagged with any of them." }),
    periods: t.stringList({ description: "Slugs of periods; events in any of them." }),
    countries: t.stringList({
      description:
        'ISO 3166-1 alpha-2 codes such as "RU"; events whose `countries` hold any of them. Anything but two capital letters is BAD_COUNTRY_CODE.',
    }),
    verification: t.field({
      type: [VerificationStatusEnum],
      description: "Events whose check against the public record came out as any of these.",
    }),
    reference: t.string({
      description: "Slug of a reference; events citing it in their sources or their verification.",
    }),
    sources: t.stringList({
      description:
        'Slugs of documents (the article, or documents of the record); events any of them attests through a passage in `sources`. `["manolache-2023"]` gives the article\'s view. A reference that is not a document is NOT_A_DOCUMENT.',
    }),
    documentRoles: t.field({
      type: [ReferenceRoleEnum],
      description:
        "Roles of the documents attesting the event: [PRIMARY] is the article's view, [RECORD] the record's (events any document of the record attests).",
    }),
    text: t.string({
      description:
        "Words that must all occur in the title, summary, date, quotes, verification note or the titles and authors of the works it cites, matched as search matches them (case and accents ignored, prefixes count, near spellings for a word found nowhere). At most 200 characters and 20 words, counted after Unicode normalisation; longer is QUERY_TOO_LONG.",
    }),
  }),
});

EventRef.implement({
  description:
    "A dated or datable event of NATO–Russia relations, with the documents that attest it.",
  fields: (t) => ({
    slug: t.exposeString("slug", {
      description: "Stable, human-readable identifier, e.g. russia-annexes-crimea.",
    }),
    title: t.exposeString("title", { description: Event.shape.title.description }),
    summary: t.exposeString("summary", {
      description: Event.shape.summary.description,
    }),
    date: t.expose("date", {
      type: FuzzyDateRef,
      description: "When it happened, to the precision the evidence allows.",
    }),
    kind: t.expose("kind", { type: EventKindEnum, description: Event.shape.kind.description }),
    relation: t.expose("relation", {
      type: RelationEnum,
      description: "GDELT quad class: verbal or material, cooperation or conflict.",
    }),
    actors: t.expose("actors", {
      type: [EventActorRef],
      description: "Actors taking part, each with its role.",
    }),
    countries: t.exposeStringList("countries", {
      description: "ISO 3166-1 alpha-2 codes of the countries involved or where it happened.",
    }),
    themes: t.field({
      type: [ThemeRef],
      description: "Themes the event touches.",
      resolve: (event, _args, ctx) =>
        event.themes.flatMap((slug) => ctx.dataset.getTheme(slug) ?? []),
    }),
    period: t.field({
      type: PeriodRef,
      nullable: true,
      description: "Period of the relationship it falls in, if any.",
      resolve: (event, _args, ctx) =>
        event.period ? ctx.dataset.getPeriod(event.period) : undefined,
    }),
    sources: t.expose("sources", {
      type: [AttestationRef],
      description: Event.shape.sources.description,
    }),
    documents: t.field({
      type: [ReferenceRef],
      description:
        "Documents that attest the event through its sources: the article, documents of the record, or both.",
      resolve: (event, _args, ctx) => ctx.dataset.documentsAttesting(event),
    }),
    verification: t.expose("verification", {
      type: VerificationRef,
      description: "How the claim compares with the public record.",
    }),
    corrects: t.field({
      type: EventRef,
      nullable: true,
      description: Event.shape.corrects.description,
      resolve: (event, _args, ctx) =>
        event.corrects ? ctx.dataset.getEvent(event.corrects) : undefined,
    }),
    correctedBy: t.field({
      type: [EventRef],
      description:
        "Events of the record that tell this article's event right where the article is imprecise or disputed; empty when none does.",
      resolve: (event, _args, ctx) => ctx.dataset.correctionsOf(event.slug),
    }),
  }),
});

EventActorRef.implement({
  description: EventActor.description,
  fields: (t) => ({
    actor: t.field({
      type: ActorRef,
      description: "The actor.",
      resolve: (ea, _args, ctx) => required(ctx.dataset.getActor(ea.actor), `actor ${ea.actor}`),
    }),
    role: t.expose("role", { type: ActorRoleEnum, description: "Its role in the event." }),
  }),
});

builder.queryFields((t) => ({
  event: t.field({
    type: EventRef,
    nullable: true,
    description: "The event with this slug; null when there is none.",
    args: { slug: t.arg.string({ required: true, description: "The event's slug." }) },
    resolve: (_root, { slug }, ctx) => ctx.dataset.getEvent(slug),
  }),
  events: t.connection(
    {
      type: EventRef,
      description: "Events matching a filter, in date order.",
      args: {
        filter: t.arg({ type: EventFilterInput, description: "Which events; all when omitted." }),
        orderBy: t.arg({
          type: EventOrderEnum,
          defaultValue: "DATE_ASC",
          description: "Earliest or latest first.",
        }),
      },
      resolve: (_root, args, ctx) =>
        paginate(args, ctx.dataset.filterEvents(args.filter ?? {}, args.orderBy ?? undefined)),
    },
    EventConnection,
  ),
  eventStats: t.field({
    type: [StatsBucketRef],
    description:
      "Counts of the filtered events per year, decade, kind, relation, actor, theme or period, for charts. YEAR and DECADE give every year or decade from the first to the last one holding a filtered event, in order, with a count of 0 where none falls, so a chart needs no gap filling; the other dimensions give only values with events, most first.",
    args: {
      groupBy: t.arg({
        type: EventStatsDimensionEnum,
        required: true,
        description: "What to count by.",
      }),
      filter: t.arg({
        type: EventFilterInput,
        description: "Which events to count; all when omitted.",
      }),
    },
    resolve: (_root, { groupBy, filter }, ctx) => ctx.dataset.eventStats(groupBy, filter ?? {}),
  }),
}));
