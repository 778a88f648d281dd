import { Citation, Passage } from "@nato-russia/data/schemas";
import { builder } from "../builder.js";
import { paginate } from "../pagination.js";
import { PassageConnection } from "./connections.js";
import { required } from "./lookups.js";
import {
  ActorRef,
  CitationRef,
  EventRef,
  PassageQuoteRef,
  PassageRef,
  PeriodRef,
  PositionRef,
  ReferenceRef,
  ThemeRef,
} from "./refs.js";

const AttestedRecord = builder.unionType("AttestedRecord", {
  description:
    "A record the article states with a quote: an event, actor, period, theme or position.",
  types: [EventRef, ActorRef, PeriodRef, ThemeRef, PositionRef],
  resolveType: (record, ctx) => ctx.typeOf(record) ?? null,
});

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
    quotes: t.field({
      type: [PassageQuoteRef],
      description:
        "The records that quote the paragraph in their sources, one item per quote, in the order the quotes start in `text`; the same words quoted by several records list events first, then actors, periods, themes and positions.",
      resolve: (passage, _args, ctx) => ctx.dataset.quotesIn(passage.slug),
    }),
  }),
});

PassageQuoteRef.implement({
  description:
    "A quote from a paragraph of the article and the record it supports: the way from the article to the data.",
  fields: (t) => ({
    quote: t.exposeString("quote", {
      description: "Verbatim quote from the paragraph (whitespace and quotation marks normalised).",
    }),
    record: t.field({
      type: AttestedRecord,
      description: "The event, actor, period, theme or position the quote supports.",
      resolve: (q) => q.record,
    }),
    references: t.field({
      type: [ReferenceRef],
      description: "Works the article cites for this statement.",
      resolve: (q, _args, ctx) =>
        q.references.flatMap((slug) => ctx.dataset.getReference(slug) ?? []),
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
        "Every kept passage: the article's paragraphs in article order, then the passages of the documents of the record; or only one document's, in its order.",
      args: {
        document: t.arg.string({
          description:
            'Slug of a document (e.g. "manolache-2023", the article): only its passages, in its order. A document with no passages, or an unknown slug, gives an empty list.',
        }),
      },
      resolve: (_root, args, ctx) =>
        paginate(
          args,
          args.document != null
            ? ctx.dataset.passagesOf(args.document)
            : ctx.dataset.records.passages,
        ),
    },
    PassageConnection,
  ),
}));
