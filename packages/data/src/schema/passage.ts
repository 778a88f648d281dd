import { z } from "zod";
import { NonEmpty, Slug } from "./common.js";

export const Citation = z
  .object({
    text: NonEmpty.describe('The in-text citation exactly as printed, e.g. "Srimbovschi 2011".'),
    reference: Slug.describe("Slug of the reference it resolves to."),
  })
  .strict()
  .describe("An in-text citation and the reference-list entry it resolves to.");

export const Passage = z
  .object({
    slug: Slug,
    order: z.number().int().positive().describe("Position in the article, from 1."),
    section: z.string().min(1).optional().describe("Heading of the section it belongs to."),
    text: NonEmpty.describe(
      "Verbatim text of the paragraph (a paragraph split by a page break is joined).",
    ),
    citations: z
      .array(Citation)
      .default([])
      .describe("In-text citations in the paragraph, in order."),
  })
  .strict()
  .describe("One paragraph of the article.");

export type Passage = z.infer<typeof Passage>;
export type Citation = z.infer<typeof Citation>;
