import type { ActorFilter } from "@nato-russia/data";
import { Actor } from "@nato-russia/data/schemas";
import { builder } from "../builder.js";
import { paginate } from "../pagination.js";
import { ActorConnection, EventConnection } from "./connections.js";
import { ActorKindEnum, VerificationStatusEnum } from "./enums.js";
import {
  ActorRef,
  AttestationRef,
  EventFilterInput,
  EventRef,
  PositionRef,
  VerificationRef,
} from "./refs.js";

const ActorFilterInput = builder.inputRef<ActorFilter>("ActorFilter").implement({
  description:
    "Which actors to return. Within a list any value matches (OR); across fields all must match (AND). An unknown slug is an UNKNOWN_SLUG error.",
  fields: (t) => ({
    kinds: t.field({ type: [ActorKindEnum], description: "Any of these kinds." }),
    countries: t.stringList({
      description:
        'ISO 3166-1 alpha-2 codes such as "RU"; actors whose `isoCode` is one of them (only states carry one). Anything but two capital letters is BAD_COUNTRY_CODE.',
    }),
    verification: t.field({
      type: [VerificationStatusEnum],
      description: "Actors whose check against the public record came out as any of these.",
    }),
    reference: t.string({
      description: "Slug of a reference; actors citing it in their sources or their verification.",
    }),
    events: t.field({
      type: EventFilterInput,
      description:
        'Actors taking part in at least one event this filter matches, e.g. `{ periods: ["cold-war-confrontation"] }`. Its errors name the field as `events.<field>` in `extensions.field`.',
    }),
    text: t.string({
      description:
        "Words that must all occur in the name, aliases, description, verification note or the titles and authors of the works it cites; results are then ranked by relevance. At most 200 characters and 20 words; longer is QUERY_TOO_LONG.",
    }),
  }),
});

ActorRef.implement({
  description: Actor.description,
  fields: (t) => ({
    slug: t.exposeString("slug", {
      description: "Stable, human-readable identifier, e.g. russia.",
    }),
    name: t.exposeString("name", { description: Actor.shape.name.description }),
    kind: t.expose("kind", { type: ActorKindEnum, description: Actor.shape.kind.description }),
    aliases: t.exposeStringList("aliases", {
      description: "Other names and spellings, including the article's (USSR, Türkiye).",
    }),
    isoCode: t.exposeString("isoCode", {
      nullable: true,
      description: Actor.shape.isoCode.description,
    }),
    wikidataId: t.exposeString("wikidataId", {
      nullable: true,
      description: "Wikidata item (e.g. Q159), where it was verified.",
    }),
    description: t.exposeString("description", {
      description: "Who the actor is, in one sentence.",
    }),
    sources: t.expose("sources", {
      type: [AttestationRef],
      description: Actor.shape.sources.description,
    }),
    verification: t.expose("verification", {
      type: VerificationRef,
      description:
        "How the actor's description, which comes from outside the article, compares with the public record.",
    }),
    events: t.connection(
      {
        type: EventRef,
        description: "Events the actor takes part in, in date order.",
        resolve: (actor, args, ctx) => paginate(args, ctx.dataset.eventsOfActor(actor.slug)),
      },
      EventConnection,
    ),
    positions: t.field({
      type: [PositionRef],
      description: "Stances the article attributes to the actor.",
      resolve: (actor, _args, ctx) => ctx.dataset.positionsOf(actor.slug),
    }),
  }),
});

builder.queryFields((t) => ({
  actor: t.field({
    type: ActorRef,
    nullable: true,
    description: "The actor with this slug; null when there is none.",
    args: { slug: t.arg.string({ required: true, description: "The actor's slug." }) },
    resolve: (_root, { slug }, ctx) => ctx.dataset.getActor(slug),
  }),
  actors: t.connection(
    {
      type: ActorRef,
      description: "Actors, in dataset order, or by relevance when filtered by text.",
      args: {
        filter: t.arg({ type: ActorFilterInput, description: "Which actors; all when omitted." }),
      },
      resolve: (_root, args, ctx) => paginate(args, ctx.dataset.filterActors(args.filter ?? {})),
    },
    ActorConnection,
  ),
}));
