import { z } from "zod";
import { Attestation, Verification } from "./attestation.js";
import { NonEmpty, Slug } from "./common.js";

export const Position = z
  .object({
    slug: Slug,
    holder: Slug.describe("Slug of the actor holding the position."),
    about: z.array(Slug).default([]).describe("Slugs of the actors the position is about."),
    statement: NonEmpty.describe("The stance, in our own words, as the article attributes it."),
    themes: z.array(Slug).default([]).describe("Theme slugs."),
    sources: z.array(Attestation).min(1).describe("Where documents attribute it."),
    verification: Verification,
  })
  .strict()
  .describe("A stance the article attributes to an actor.");

export type Position = z.infer<typeof Position>;
