// The passages of every document and their in-text citations: the article's own words, and
// the short quotations kept from documents of the record.
import { z } from "zod";
import { Citation, Passage } from "../../../src/schema/index.js";
import type { Passage as PassageRecord } from "../../../src/schema/index.js";
import { fk, table } from "../table.js";

const p = Passage.shape;

export const passages = table<PassageRecord>({
  name: "passages",
  description: Passage.description!,
  rows: (r) => [...r.passages],
  columns: [
    { name: "slug", schema: p.slug, value: (x) => x.slug },
    { name: "document", schema: p.document, value: (x) => x.document },
    { name: "locator", schema: p.locator, value: (x) => x.locator },
    { name: "order", schema: p.order, value: (x) => x.order },
    { name: "section", schema: p.section, value: (x) => x.section },
    { name: "text", schema: p.text, value: (x) => x.text, articleText: true },
    { name: "excerpt", schema: p.excerpt, value: (x) => x.excerpt },
  ],
  primaryKey: ["slug"],
  foreignKeys: [fk("document", "references")],
  articleText: true,
});

type CitationRow = { passage: string; position: number; text: string; reference: string };
export const passageCitations = table<CitationRow>({
  name: "passage_citations",
  description:
    "The in-text citations of a paragraph, in order, with the reference each resolves to.",
  rows: (r) =>
    r.passages.flatMap((x) =>
      x.citations.map((c, i) => ({ passage: x.slug, position: i + 1, ...c })),
    ),
  columns: [
    {
      name: "passage",
      schema: p.slug,
      description: "Slug of the passage.",
      value: (x) => x.passage,
    },
    {
      name: "position",
      schema: z
        .number()
        .int()
        .positive()
        .describe("Place of the citation in the paragraph, from 1."),
      value: (x) => x.position,
    },
    { name: "text", schema: Citation.shape.text, value: (x) => x.text, articleText: true },
    { name: "reference", schema: Citation.shape.reference, value: (x) => x.reference },
  ],
  primaryKey: ["passage", "position"],
  foreignKeys: [fk("passage", "passages"), fk("reference", "references")],
  articleText: true,
});
