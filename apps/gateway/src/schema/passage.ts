import { Citation, Passage } from "@nato-russia/data/schemas";
import { builder } from "../builder.js";
import { paginate } from "../pagination.js";
import { PassageConnection } from "./connections.js";
import { required } from "./lookups.js";
import { CitationRef, PassageRef, ReferenceRef } from "./refs.js";

PassageRef.implement({
  description: Passage.description,
  fields: (t) => ({
    slug: t.exposeString("slug", { description: "Stable identifier, e.g. evolution-12." }),
    document: t.field({
      type: ReferenceRef,
      description: Passage.shape.document.description,
      resolve: (passage, _args, ctx) =>
        required(ctx.dataset.getReference(passage.document), `reference ${passage.document}`),
    }),
    locator: t.exposeString("locator", { description: Passage.shape.locator.description }),
    order: t.exposeInt("order", { description: Passage.shape.order.description }),
    section: t.exposeString("section", {
      nullable: true,
      description: Passage.shape.section.description,
    }),
    text: t.exposeString("text", { description: Passage.shape.text.description }),
    excerpt: t.exposeBoolean("excerpt", { description: Passage.shape.excerpt.description }),
    citations: t.expose("citations", {
      type: [CitationRef],
      description: Passage.shape.citations.description,
    }),
    references: t.field({
      type: [ReferenceRef],
      description: "Works the paragraph cites, each once, in order of first citation.",
      resolve: (passage, _args, ctx) =>
        [...new Set(passage.citations.map((c) => c.reference))].flatMap(
          (slug) => ctx.dataset.getReference(slug) ?? [],
        ),
    }),
  }),
});

CitationRef.implement({
  description: Citation.description,
  fields: (t) => ({
    text: t.exposeString("text", {
      description: 'The citation as printed, e.g. "Srimbovschi 2011".',
    }),
    reference: t.field({
      type: ReferenceRef,
      description: "The work cited.",
      resolve: (c, _args, ctx) =>
        required(ctx.dataset.getReference(c.reference), `reference ${c.reference}`),
    }),
  }),
});

builder.queryFields((t) => ({
  passage: t.field({
    type: PassageRef,
    nullable: true,
    description: "The passage with this slug; null when there is none.",
    args: { slug: t.arg.string({ required: true, description: "The passage's slug." }) },
    resolve: (_root, { slug }, ctx) => ctx.dataset.getPassage(slug),
  }),
  passages: t.connection(
    {
      type: PassageRef,
      description:
        "Every kept passage: the article's paragraphs in article order, then the passages of the documents of the record.",
      resolve: (_root, args, ctx) => paginate(args, ctx.dataset.records.passages),
    },
    PassageConnection,
  ),
}));
