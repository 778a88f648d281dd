import { z } from "zod";
import { Attestation, Verification } from "./attestation.js";
import { NonEmpty, Slug } from "./common.js";
import { FuzzyDate } from "./fuzzyDate.js";

export const Period = z
  .object({
    slug: Slug,
    name: NonEmpty.describe("Name of the phase of the relationship."),
    summary: NonEmpty.describe("What characterises the phase, in our own words."),
    start: FuzzyDate.describe("When the phase begins."),
    end: FuzzyDate.optional().describe("When it ends; omitted while it lasts."),
    sources: z.array(Attestation).min(1).describe("Where documents describe the phase."),
    verification: Verification,
  })
  .strict()
  .describe("A phase of the NATO–Russia relationship.");

export type Period = z.infer<typeof Period>;
