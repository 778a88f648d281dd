import { Verification } from "@nato-russia/data/schemas";
import { VerificationStatusEnum } from "./enums.js";
import { required } from "./lookups.js";
import { AttestationRef, PassageRef, ReferenceRef, VerificationRef } from "./refs.js";

AttestationRef.implement({
  description:
    "Where the article states a fact: a passage, a verbatim quote from it, and the works it cites there.",
  fields: (t) => ({
    passage: t.field({
      type: PassageRef,
      description: "The paragraph of the article the fact comes from.",
      resolve: (a, _args, ctx) =>
        required(ctx.dataset.getPassage(a.passage), `passage ${a.passage}`),
    }),
    quote: t.exposeString("quote", {
      description: "Verbatim quote from that passage (whitespace and quotation marks normalised).",
    }),
    references: t.field({
      type: [ReferenceRef],
      description: "Works the article cites for this statement.",
      resolve: (a, _args, ctx) =>
        a.references.flatMap((slug) => ctx.dataset.getReference(slug) ?? []),
    }),
  }),
});

VerificationRef.implement({
  description: Verification.description,
  fields: (t) => ({
    status: t.expose("status", {
      type: VerificationStatusEnum,
      description: "Outcome of the check.",
    }),
    note: t.exposeString("note", {
      nullable: true,
      description: Verification.shape.note.description,
    }),
    references: t.field({
      type: [ReferenceRef],
      description: "Public sources read for the check.",
      resolve: (v, _args, ctx) =>
        v.references.flatMap((slug) => ctx.dataset.getReference(slug) ?? []),
    }),
  }),
});
