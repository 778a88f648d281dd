import { Position } from "@nato-russia/data/schemas";
import { builder } from "../builder.js";
import { required } from "./lookups.js";
import { ActorRef, AttestationRef, PositionRef, ThemeRef, VerificationRef } from "./refs.js";

PositionRef.implement({
  description: Position.description,
  fields: (t) => ({
    slug: t.exposeString("slug", { description: "Stable, human-readable identifier." }),
    holder: t.field({
      type: ActorRef,
      description: "The actor holding the position.",
      resolve: (p, _args, ctx) => required(ctx.dataset.getActor(p.holder), `actor ${p.holder}`),
    }),
    about: t.field({
      type: [ActorRef],
      description: "The actors the position is about.",
      resolve: (p, _args, ctx) => p.about.flatMap((slug) => ctx.dataset.getActor(slug) ?? []),
    }),
    statement: t.exposeString("statement", {
      description: "The stance, in the dataset's words, as the article attributes it.",
    }),
    themes: t.field({
      type: [ThemeRef],
      description: "Themes the position touches.",
      resolve: (p, _args, ctx) => p.themes.flatMap((slug) => ctx.dataset.getTheme(slug) ?? []),
    }),
    sources: t.expose("sources", {
      type: [AttestationRef],
      description: Position.shape.sources.description,
    }),
    verification: t.expose("verification", {
      type: VerificationRef,
      description: "How the claim compares with the public record.",
    }),
  }),
});

builder.queryFields((t) => ({
  position: t.field({
    type: PositionRef,
    nullable: true,
    description: "The position with this slug; null when there is none.",
    args: { slug: t.arg.string({ required: true, description: "The position's slug." }) },
    resolve: (_root, { slug }, ctx) => ctx.dataset.getPosition(slug),
  }),
  positions: t.field({
    type: [PositionRef],
    description:
      "Positions, all or only those one actor holds. An unknown actor slug is UNKNOWN_SLUG.",
    args: { actor: t.arg.string({ description: "Slug of the actor holding them." }) },
    resolve: (_root, { actor }, ctx) => ctx.dataset.positionsOf(actor),
  }),
}));
