import { Period } from "@nato-russia/data/schemas";
import { builder } from "../builder.js";
import { paginate } from "../pagination.js";
import { EventConnection } from "./connections.js";
import { AttestationRef, EventRef, FuzzyDateRef, PeriodRef, VerificationRef } from "./refs.js";

PeriodRef.implement({
  description: Period.description,
  fields: (t) => ({
    slug: t.exposeString("slug", { description: "Stable, human-readable identifier." }),
    name: t.exposeString("name", { description: "Name of the phase." }),
    summary: t.exposeString("summary", { description: "What characterises the phase." }),
    start: t.expose("start", { type: FuzzyDateRef, description: Period.shape.start.description }),
    end: t.expose("end", {
      type: FuzzyDateRef,
      nullable: true,
      description: "When it ends; null while it lasts.",
    }),
    sources: t.expose("sources", {
      type: [AttestationRef],
      description: Period.shape.sources.description,
    }),
    verification: t.expose("verification", {
      type: VerificationRef,
      description: "How the claim compares with the public record.",
    }),
    events: t.connection(
      {
        type: EventRef,
        description: "Events in the period, in date order.",
        resolve: (period, args, ctx) => paginate(args, ctx.dataset.eventsOfPeriod(period.slug)),
      },
      EventConnection,
    ),
  }),
});

builder.queryFields((t) => ({
  period: t.field({
    type: PeriodRef,
    nullable: true,
    description: "The period with this slug; null when there is none.",
    args: { slug: t.arg.string({ required: true, description: "The period's slug." }) },
    resolve: (_root, { slug }, ctx) => ctx.dataset.getPeriod(slug),
  }),
  periods: t.field({
    type: [PeriodRef],
    description: "Every period of the relationship, in date order: earliest start first.",
    resolve: (_root, _args, ctx) => ctx.dataset.periods(),
  }),
}));
