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
    document: Slug.describe(
      "Slug of the reference (a document: the article, a treaty, a declaration, a communiqué, a news report) the text is from.",
    ),
    locator: NonEmpty.describe(
      'Where in its document the text stands, as a reader finds it: "paragraph 12", a section heading, or the address of a fragment.',
    ),
    order: z
      .number()
      .int()
      .positive()
      .describe(
        "Position among the passages kept from its document, from 1 (for the article: its paragraph order).",
      ),
    section: z.string().min(1).optional().describe("Heading of the section it belongs to."),
    text: NonEmpty.describe(
      "Verbatim text of the paragraph (a paragraph split by a page break is joined), or only the quoted words when `excerpt` is true.",
    ),
    excerpt: z
      .boolean()
      .default(false)
      .describe(
        "True when only the quoted words are kept, not the whole paragraph (the document's licence does not allow storing more).",
      ),
    citations: z
      .array(Citation)
      .default([])
      .describe("In-text citations in the paragraph, in order."),
  })
  .strict()
  .describe(
    "A paragraph of a document (the article or a document of the record), kept verbatim so every quote can be checked against it.",
  );

export type Passage = z.infer<typeof Passage>;
export type Citation = z.infer<typeof Citation>;
