import type { Actor, ActorKind, DatasetIndex } from "@nato-russia/data";
import { builder } from "../builder.js";
import { paginate } from "../pagination.js";
import { ActorConnection, EventConnection } from "./connections.js";
import { ActorKindEnum } from "./enums.js";
import { ActorRef, AttestationRef, EventRef, PositionRef, VerificationRef } from "./refs.js";

interface ActorFilter {
  kinds?: readonly ActorKind[] | null;
  text?: string | null;
}

/** Actors of some kinds and/or matching words; the data package's search does the folding and ranking. */
function filterActors(dataset: DatasetIndex, filter: ActorFilter = {}): readonly Actor[] {
  const actors = filter.text
    ? dataset.search(filter.text, ["actor"]).map((hit) => hit.record as Actor)
    : dataset.records.actors;
  const kinds = filter.kinds?.length ? new Set(filter.kinds) : undefined;
  return kinds ? actors.filter((a) => kinds.has(a.kind)) : actors;
}

const ActorFilterInput = builder.inputRef<ActorFilter>("ActorFilter").implement({
  description: "Which actors to return; across fields all must match.",
  fields: (t) => ({
    kinds: t.field({ type: [ActorKindEnum], description: "Any of these kinds." }),
    text: t.string({
      description:
        "Words that must all occur in the name, aliases, description, verification note or the titles and authors of the works it cites; results are then ranked by relevance. At most 200 characters and 20 words; longer is QUERY_TOO_LONG.",
    }),
  }),
});

ActorRef.implement({
  description: "A state, alliance, organisation, bloc, person or group the article names.",
  fields: (t) => ({
    slug: t.exposeString("slug", {
      description: "Stable, human-readable identifier, e.g. russia.",
    }),
    name: t.exposeString("name", { description: "Name in English as commonly used." }),
    kind: t.expose("kind", { type: ActorKindEnum, description: "What kind of actor it is." }),
    aliases: t.exposeStringList("aliases", {
      description: "Other names and spellings, including the article's (USSR, Türkiye).",
    }),
    isoCode: t.exposeString("isoCode", {
      nullable: true,
      description: "ISO 3166-1 alpha-2 code, for states only.",
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
      description: "Passages where the article names the actor.",
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
      resolve: (_root, args, ctx) => paginate(args, filterActors(ctx.dataset, args.filter ?? {})),
    },
    ActorConnection,
  ),
}));
