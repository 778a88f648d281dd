import { z } from "zod";
import { Attestation } from "./attestation.js";
import { NonEmpty, Slug } from "./common.js";

export const ThemeKind = z
  .enum(["THREAT", "COOPERATION_AREA", "POLICY"])
  .describe(
    "THREAT: a source of insecurity; COOPERATION_AREA: a field where NATO and Russia can work together; POLICY: an aim or instrument of policy (deterrence, enlargement).",
  );

export const Theme = z
  .object({
    slug: Slug,
    name: NonEmpty.describe("Name of the theme."),
    kind: ThemeKind,
    description: NonEmpty.describe("What the theme covers, in our own words."),
    sources: z.array(Attestation).min(1).describe("Where the article names the theme."),
  })
  .strict()
  .describe("A threat, cooperation area or policy the article names.");

export type Theme = z.infer<typeof Theme>;
export type ThemeKind = z.infer<typeof ThemeKind>;
