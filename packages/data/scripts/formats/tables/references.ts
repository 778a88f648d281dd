// The references table (the CSL-JSON fields flattened) and their authors and editors.
import { z } from "zod";
import { CslItem, CslName, Reference } from "../../../src/schema/index.js";
import type { Reference as ReferenceRecord } from "../../../src/schema/index.js";
import { fk, table } from "../table.js";

const r = Reference.shape;
const c = CslItem.shape;
const dateOf = (parts: number[] | undefined) =>
  parts?.map((n, i) => (i === 0 ? String(n) : String(n).padStart(2, "0"))).join("-");
const cslDate = (description: string) =>
  z
    .string()
    .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/)
    .optional()
    .describe(description);

export const references = table<ReferenceRecord>({
  name: "references",
  description: Reference.description!,
  rows: (x) => [...x.references],
  columns: [
    { name: "slug", schema: r.slug, value: (x) => x.slug },
    { name: "role", schema: r.role, value: (x) => x.role },
    { name: "tier", schema: r.tier, value: (x) => x.tier },
    { name: "type", schema: c.type, value: (x) => x.csl.type },
    { name: "title", schema: c.title, value: (x) => x.csl.title },
    {
      name: "issued",
      schema: cslDate("Date of publication: YYYY, YYYY-MM or YYYY-MM-DD."),
      value: (x) => dateOf(x.csl.issued?.["date-parts"][0]),
    },
    {
      name: "year",
      schema: z.number().int().optional().describe("Year of publication."),
      value: (x) => x.csl.issued?.["date-parts"][0]?.[0],
    },
    {
      name: "container_title",
      schema: c["container-title"],
      value: (x) => x.csl["container-title"],
    },
    {
      name: "collection_title",
      schema: c["collection-title"],
      value: (x) => x.csl["collection-title"],
    },
    { name: "publisher", schema: c.publisher, value: (x) => x.csl.publisher },
    {
      name: "publisher_place",
      schema: c["publisher-place"],
      value: (x) => x.csl["publisher-place"],
    },
    { name: "volume", schema: c.volume, value: (x) => x.csl.volume },
    { name: "issue", schema: c.issue, value: (x) => x.csl.issue },
    { name: "page", schema: c.page, value: (x) => x.csl.page },
    { name: "doi", schema: c.DOI, value: (x) => x.csl.DOI },
    { name: "issn", schema: c.ISSN, value: (x) => x.csl.ISSN },
    { name: "url", schema: c.URL, value: (x) => x.csl.URL },
    {
      name: "accessed",
      schema: cslDate("When an online source was read: YYYY, YYYY-MM or YYYY-MM-DD."),
      value: (x) => dateOf(x.csl.accessed?.["date-parts"][0]),
    },
    { name: "language", schema: c.language, value: (x) => x.csl.language },
    { name: "note", schema: c.note, value: (x) => x.csl.note },
    { name: "entry", schema: r.entry, value: (x) => x.entry },
  ],
  primaryKey: ["slug"],
  foreignKeys: [],
});

const NAME_ROLES = { AUTHOR: "An author.", EDITOR: "An editor." };
type NameRow = { reference: string; role: keyof typeof NAME_ROLES; position: number } & CslName;
const n = CslName.shape;

export const referenceNames = table<NameRow>({
  name: "reference_names",
  description: "The authors and editors of a reference, in the order the work lists them.",
  rows: (x) =>
    x.references.flatMap((ref) => [
      ...(ref.csl.author ?? []).map((name, i) => ({
        reference: ref.slug,
        role: "AUTHOR" as const,
        position: i + 1,
        ...name,
      })),
      ...(ref.csl.editor ?? []).map((name, i) => ({
        reference: ref.slug,
        role: "EDITOR" as const,
        position: i + 1,
        ...name,
      })),
    ]),
  columns: [
    {
      name: "reference",
      schema: r.slug,
      description: "Slug of the reference.",
      value: (x) => x.reference,
    },
    {
      name: "role",
      schema: z.enum(["AUTHOR", "EDITOR"]).meta({
        description: "Whether the person or body is an author or an editor of the work.",
        enumDescriptions: Object.values(NAME_ROLES),
      }),
      value: (x) => x.role,
    },
    {
      name: "position",
      schema: z
        .number()
        .int()
        .positive()
        .describe("Place in the list of authors (or editors), from 1."),
      value: (x) => x.position,
    },
    { name: "family", schema: n.family, value: (x) => x.family },
    { name: "given", schema: n.given, value: (x) => x.given },
    { name: "literal", schema: n.literal, value: (x) => x.literal },
  ],
  primaryKey: ["reference", "role", "position"],
  foreignKeys: [fk("reference", "references")],
});
