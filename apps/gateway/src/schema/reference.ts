import { CslItem, CslName } from "@nato-russia/data/schemas";
import { builder } from "../builder.js";
import { formatCitation } from "../citations.js";
import { paginate } from "../pagination.js";
import { ReferenceConnection } from "./connections.js";
import { CitationStyleEnum, ReferenceRoleEnum, SourceTierEnum } from "./enums.js";
import {
  ActorRef,
  AuthorRef,
  EventRef,
  PassageRef,
  PeriodRef,
  PositionRef,
  ReferenceRef,
  ThemeRef,
} from "./refs.js";

const CitingRecord = builder.unionType("CitingRecord", {
  description: "A record that cites a reference: an event, actor, period, theme or position.",
  types: [EventRef, ActorRef, PeriodRef, ThemeRef, PositionRef],
  resolveType: (record, ctx) => ctx.typeOf(record) ?? null,
});

ReferenceRef.implement({
  description:
    "A work: the source article, an entry of its reference list, or a source read to verify a claim.",
  fields: (t) => ({
    slug: t.exposeString("slug", {
      description: "Stable identifier, author-year style, e.g. trenin-2009.",
    }),
    role: t.expose("role", {
      type: ReferenceRoleEnum,
      description: "Why the work is in the dataset.",
    }),
    tier: t.expose("tier", {
      type: SourceTierEnum,
      description:
        "How far the source can be trusted to check a claim, from OFFICIAL to MIRROR. A record is CONSISTENT, IMPRECISE or DISPUTED only with a verification source above SECONDARY.",
    }),
    type: t.string({
      description: "CSL item type, e.g. article-journal, book, webpage.",
      resolve: (ref) => ref.csl.type,
    }),
    title: t.string({
      description: CslItem.shape.title.description,
      resolve: (ref) => ref.csl.title,
    }),
    authors: t.field({
      type: [AuthorRef],
      description: "Authors, in order.",
      resolve: (ref) => ref.csl.author ?? [],
    }),
    editors: t.field({
      type: [AuthorRef],
      description: "Editors, in order (an edited volume lists its editors, not authors).",
      resolve: (ref) => ref.csl.editor ?? [],
    }),
    year: t.int({
      nullable: true,
      description: "Year of publication.",
      resolve: (ref) => ref.csl.issued?.["date-parts"][0]?.[0],
    }),
    containerTitle: t.string({
      nullable: true,
      description: "Journal, newspaper or site it appeared in.",
      resolve: (ref) => ref.csl["container-title"],
    }),
    publisher: t.string({
      nullable: true,
      description: CslItem.shape.publisher.description,
      resolve: (ref) => ref.csl.publisher,
    }),
    url: t.string({
      nullable: true,
      description: CslItem.shape.URL.description,
      resolve: (ref) => ref.csl.URL,
    }),
    language: t.string({
      nullable: true,
      description: "BCP 47 language tag of the work.",
      resolve: (ref) => ref.csl.language,
    }),
    entry: t.exposeString("entry", {
      nullable: true,
      description: "For cited works: the entry exactly as printed in the article's reference list.",
    }),
    citation: t.string({
      description: "The reference formatted in a citation style.",
      args: {
        style: t.arg({
          type: CitationStyleEnum,
          defaultValue: "APA",
          description: "Citation style; APA when omitted or null.",
        }),
      },
      resolve: (ref, { style }) => formatCitation(ref, style ?? "APA"),
    }),
    csl: t.field({
      type: "JSON",
      description: "The CSL-JSON item, for citation managers.",
      resolve: (ref) => ref.csl,
    }),
    citedIn: t.field({
      type: [PassageRef],
      description: "Passages of the article that cite it, in article order.",
      resolve: (ref, _args, ctx) => ctx.dataset.passagesCiting(ref.slug),
    }),
    passages: t.field({
      type: [PassageRef],
      description:
        "Passages kept from the work when it is a document (the article, or a document of the record), in its order; empty otherwise.",
      resolve: (ref, _args, ctx) => ctx.dataset.passagesOf(ref.slug),
    }),
    citedBy: t.field({
      type: [CitingRecord],
      description:
        "Records that cite the work, in their sources or their verification: events in date order, then actors, periods, themes and positions. Empty for a superseded source kept only so that its slug stays valid.",
      resolve: (ref, _args, ctx) => ctx.dataset.citedBy(ref.slug).map((c) => c.record),
    }),
  }),
});

AuthorRef.implement({
  description:
    "An author as a CSL name: family and given names, or one literal name for an institution.",
  fields: (t) => ({
    family: t.exposeString("family", {
      nullable: true,
      description: CslName.shape.family.description,
    }),
    given: t.exposeString("given", {
      nullable: true,
      description: CslName.shape.given.description,
    }),
    literal: t.exposeString("literal", {
      nullable: true,
      description: CslName.shape.literal.description,
    }),
  }),
});

builder.queryFields((t) => ({
  reference: t.field({
    type: ReferenceRef,
    nullable: true,
    description: "The reference with this slug; null when there is none.",
    args: { slug: t.arg.string({ required: true, description: "The reference's slug." }) },
    resolve: (_root, { slug }, ctx) => ctx.dataset.getReference(slug),
  }),
  documents: t.connection(
    {
      type: ReferenceRef,
      description:
        "Every document, whose passages attest records: the article first, then the documents of the record.",
      resolve: (_root, args, ctx) => paginate(args, ctx.dataset.documents()),
    },
    ReferenceConnection,
  ),
  references: t.connection(
    {
      type: ReferenceRef,
      description: "Every reference: the article, its reference list, and verification sources.",
      resolve: (_root, args, ctx) => paginate(args, ctx.dataset.records.references),
    },
    ReferenceConnection,
  ),
}));
