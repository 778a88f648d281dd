import { z } from "zod";
import { NonEmpty, Slug } from "./common.js";
import { describedEnum } from "./describedEnum.js";

/** A CSL-JSON name: structured (family/given) or a single literal for institutions. */
export const CslName = z
  .object({
    family: z.string().min(1).optional().describe("Family name."),
    given: z.string().min(1).optional().describe("Given names."),
    literal: z
      .string()
      .min(1)
      .optional()
      .describe("Name of an institution, or a name that does not split."),
  })
  .strict()
  .refine((n) => Boolean(n.literal) !== Boolean(n.family), {
    message: "needs either family (with optional given) or literal",
  })
  .describe("A CSL-JSON name.");

const CslDate = z
  .object({
    "date-parts": z
      .array(z.array(z.number().int()).min(1).max(3))
      .min(1)
      .max(2)
      .describe("[[year, month?, day?]] and optionally an end."),
  })
  .strict()
  .describe("A CSL-JSON date.");

/** The subset of CSL-JSON 1.0.2 item fields this dataset uses. */
export const CslItem = z
  .object({
    id: Slug.describe("Equals the reference slug."),
    type: z
      .enum([
        "article-journal",
        "article-magazine",
        "article-newspaper",
        "book",
        "chapter",
        "report",
        "webpage",
        "legislation",
        "treaty",
        "document",
        "speech",
      ])
      .describe("CSL item type."),
    author: z.array(CslName).optional().describe("Authors."),
    editor: z
      .array(CslName)
      .optional()
      .describe("Editors, e.g. of an edited volume whose editor is not its author."),
    issued: CslDate.optional().describe("Date of publication."),
    accessed: CslDate.optional().describe("When an online source was read."),
    title: NonEmpty.describe("Title as printed."),
    "container-title": z.string().min(1).optional().describe("Journal, newspaper or site."),
    "collection-title": z.string().min(1).optional().describe("Series."),
    publisher: z.string().min(1).optional().describe("Publisher."),
    "publisher-place": z.string().min(1).optional().describe("Place of publication."),
    volume: z.string().min(1).optional().describe("Volume."),
    issue: z.string().min(1).optional().describe("Issue."),
    page: z.string().min(1).optional().describe("Pages."),
    DOI: z.string().min(1).optional().describe("DOI."),
    ISSN: z.string().min(1).optional().describe("ISSN."),
    URL: z.string().url().optional().describe("Address of the work online."),
    language: z.string().min(2).optional().describe("BCP 47 language tag."),
    note: z.string().min(1).optional().describe("Free note."),
  })
  .strict()
  .describe("A CSL-JSON item.");

/** Why a work is in the dataset. */
export const REFERENCE_ROLES = {
  PRIMARY: "The article the dataset is drawn from.",
  CITED: "An entry of the article's reference list.",
  VERIFICATION: "A public source read to check a claim.",
  RECORD:
    "A document of the official record (a treaty, declaration, communiqué, statement or news report) whose passages attest records.",
} as const;

export const ReferenceRole = describedEnum(REFERENCE_ROLES, "Why a work is in the dataset.");

/** The roles of documents: references whose passages are kept and attest records. */
export const DOCUMENT_ROLES: readonly ReferenceRole[] = ["PRIMARY", "RECORD"];

/** Whether a reference role is a document's (the article, or a document of the record). */
export function isDocumentRole(role: ReferenceRole): boolean {
  return DOCUMENT_ROLES.includes(role);
}

/**
 * Source tiers, from the most to the least authoritative for checking a claim, each with what
 * it covers. (SOURCE_TIERS stays the ordered list it has been since 0.1.)
 */
export const SOURCE_TIER_DESCRIPTIONS = {
  OFFICIAL:
    "The body's own site or text: NATO, a government, a parliament, the UN, an EU institution.",
  PRIMARY_DOCUMENT: "A treaty or declaration text hosted by an archive or a library.",
  NEWS_AGENCY: "A wire service or a quality newspaper or broadcaster.",
  SCHOLARLY: "Peer-reviewed work, a university press, a serious research institute or journal.",
  REFERENCE_WORK: "An encyclopaedia (Wikipedia only on its own domain).",
  SECONDARY: "Another secondary web source, blog or magazine of uneven quality.",
  STATE_MEDIA:
    "State-controlled media (TASS, RIA, Sputnik, RT, TRT): a source only for what that state says.",
  MIRROR: "A copy of another publisher's text, a content farm or an aggregator.",
} as const;

export const SourceTier = describedEnum(
  SOURCE_TIER_DESCRIPTIONS,
  "How far a source can be trusted to check a claim. A CONSISTENT, IMPRECISE or DISPUTED record needs a verification source above SECONDARY.",
);

/** Source tiers, from the most to the least authoritative for checking a claim. */
export const SOURCE_TIERS = Object.keys(SOURCE_TIER_DESCRIPTIONS) as readonly SourceTier[];

/** Tiers that can support a verification on their own: every tier above SECONDARY. */
export const TRUSTED_TIERS: readonly SourceTier[] = SOURCE_TIERS.slice(
  0,
  SOURCE_TIERS.indexOf("SECONDARY"),
);

export const Reference = z
  .object({
    slug: Slug,
    role: ReferenceRole,
    tier: SourceTier,
    entry: z
      .string()
      .min(1)
      .optional()
      .describe(
        "For CITED references: the entry exactly as printed in the article's reference list.",
      ),
    csl: CslItem,
  })
  .strict()
  .superRefine((r, ctx) => {
    if (r.csl.id !== r.slug) {
      ctx.addIssue({
        code: "custom",
        path: ["csl", "id"],
        message: `must equal the slug "${r.slug}"`,
      });
    }
    if (r.role === "CITED" && !r.entry) {
      ctx.addIssue({
        code: "custom",
        path: ["entry"],
        message: "a CITED reference needs its printed entry",
      });
    }
  })
  .describe(
    "A work: the article itself, an entry of its reference list, or a source read to verify a claim.",
  );

export type Reference = z.infer<typeof Reference>;
export type CslItem = z.infer<typeof CslItem>;
export type CslName = z.infer<typeof CslName>;
export type SourceTier = z.infer<typeof SourceTier>;
export type ReferenceRole = z.infer<typeof ReferenceRole>;
