import { z } from "zod";
import { Attestation } from "./attestation.js";
import { NonEmpty, Slug } from "./common.js";
import { describedEnum } from "./describedEnum.js";

/** What kind of theme it is, each kind with its meaning. */
export const THEME_KINDS = {
  THREAT: "A source of insecurity.",
  COOPERATION_AREA: "A field where NATO and Russia can work together.",
  POLICY: "An aim or instrument of policy (deterrence, enlargement).",
} as const;

export const ThemeKind = describedEnum(THEME_KINDS, "What kind of theme it is.");

export const Theme = z
  .object({
    slug: Slug,
    name: NonEmpty.describe("Name of the theme."),
    kind: ThemeKind,
    description: NonEmpty.describe("What the theme covers, in our own words."),
    sources: z.array(Attestation).min(1).describe("Where documents name the theme."),
  })
  .strict()
  .describe("A threat, cooperation area or policy the article names.");

export type Theme = z.infer<typeof Theme>;
export type ThemeKind = z.infer<typeof ThemeKind>;
