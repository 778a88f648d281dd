// The node types as Federation entities, keyed by slug: another subgraph can return or extend
// an `Event { slug }`, and the supergraph asks this one for the rest through `_entities`.
// Only the subgraph schema (schema/subgraph.ts) exposes `_entities`; the plain schema is as before.
import type { GatewayContext } from "../context.js";
import { builder } from "../builder.js";
import {
  ActorRef,
  EventRef,
  PassageRef,
  PeriodRef,
  PositionRef,
  ReferenceRef,
  ThemeRef,
} from "./refs.js";

const key = builder.selection<{ slug: string }>("slug");

/** Makes a node type an entity resolved by slug through the data query layer. */
function entity<T extends object>(
  ref: Parameters<typeof builder.asEntity>[0],
  lookup: (ctx: GatewayContext, slug: string) => T | undefined,
): void {
  builder.asEntity(ref, {
    key,
    // A slug that names no record resolves to null, as `event(slug:)` does.
    resolveReference: ({ slug }, ctx: GatewayContext) =>
      typeof slug === "string" ? (lookup(ctx, slug) ?? null) : null,
  });
}

entity(EventRef, (ctx, slug) => ctx.dataset.getEvent(slug));
entity(ActorRef, (ctx, slug) => ctx.dataset.getActor(slug));
entity(ReferenceRef, (ctx, slug) => ctx.dataset.getReference(slug));
entity(PassageRef, (ctx, slug) => ctx.dataset.getPassage(slug));
entity(PeriodRef, (ctx, slug) => ctx.dataset.getPeriod(slug));
entity(ThemeRef, (ctx, slug) => ctx.dataset.getTheme(slug));
entity(PositionRef, (ctx, slug) => ctx.dataset.getPosition(slug));
