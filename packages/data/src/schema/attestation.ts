import { z } from "zod";
import { NonEmpty, Slug } from "./common.js";
import { describedEnum } from "./describedEnum.js";

export const Attestation = z
  .object({
    passage: Slug.describe(
      "Slug of the passage (of the article or of another document) the fact comes from.",
    ),
    quote: NonEmpty.describe(
      "Verbatim quote from that passage (whitespace and typographic quotes normalised).",
    ),
    references: z
      .array(Slug)
      .default([])
      .describe("Slugs of the references the document cites for this statement."),
  })
  .strict()
  .describe(
    "Where a document states a fact: a passage of it, a verbatim quote from that passage, and the works it cites there.",
  );

/** The outcomes of checking a claim against the public record. */
export const VERIFICATION_STATUSES = {
  CONSISTENT: "Every part of the claim was checked against a trusted public source and holds.",
  IMPRECISE: "Broadly right, but wrong or vague in a detail.",
  DISPUTED: "Trusted sources contradict the article's core claim.",
  UNVERIFIED: "No trusted public source could be found or read for it.",
} as const;

const CLAIM_CHECK = "How the article's claim compares with the public record.";

export const VerificationStatus = describedEnum(VERIFICATION_STATUSES, CLAIM_CHECK);

export const Verification = z
  .object({
    status: VerificationStatus,
    note: z
      .string()
      .min(1)
      .optional()
      .describe("What was checked, and what is imprecise or disputed."),
    references: z
      .array(Slug)
      .default([])
      .describe(
        "Slugs of public sources, read for this check, that support the note. A CONSISTENT, IMPRECISE or DISPUTED record needs at least one whose tier is above SECONDARY.",
      ),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.status !== "CONSISTENT" && !v.note) {
      ctx.addIssue({
        code: "custom",
        path: ["note"],
        message: `a ${v.status} record needs a note`,
      });
    }
  })
  .describe(CLAIM_CHECK);

export type Attestation = z.infer<typeof Attestation>;
export type Verification = z.infer<typeof Verification>;
export type VerificationStatus = z.infer<typeof VerificationStatus>;
