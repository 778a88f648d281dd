import { z } from "zod";
import { Attestation, Verification } from "./attestation.js";
import { NonEmpty, Slug } from "./common.js";
import { describedEnum } from "./describedEnum.js";

/** What kind of actor it is, each kind with its meaning. */
export const ACTOR_KINDS = {
  STATE: "A sovereign state.",
  ALLIANCE: "A military alliance, such as NATO.",
  INTERNATIONAL_ORGANIZATION: "An intergovernmental or international body (EU, WADA, OPCW).",
  ORGANIZATION_BODY: "An organ of an organisation (NATO–Russia Council, European Parliament).",
  BLOC: "A historical union or bloc (Soviet Union, Warsaw Pact).",
  PERSON: "A named individual.",
  NON_STATE_GROUP: 'A group the article names without a legal identity ("the West").',
} as const;

export const ActorKind = describedEnum(ACTOR_KINDS, "What kind of actor it is.");

export const Actor = z
  .object({
    slug: Slug,
    name: NonEmpty.describe("Name in English as commonly used."),
    kind: ActorKind,
    aliases: z
      .array(NonEmpty)
      .default([])
      .describe(
        "Other names and spellings, including those the article uses (USSR, Türkiye, CNR).",
      ),
    isoCode: z
      .string()
      .regex(/^[A-Z]{2}$/, "must be an ISO 3166-1 alpha-2 code")
      .optional()
      .describe("ISO 3166-1 alpha-2 code, for states only."),
    wikidataId: z
      .string()
      .regex(/^Q\d+$/, "must be a Wikidata QID such as Q7184")
      .optional()
      .describe("Wikidata item, only where it was verified."),
    description: NonEmpty.describe("One sentence on who the actor is, in our own words."),
    sources: z
      .array(Attestation)
      .min(1)
      .describe(
        "Passages where a document (the article or a document of the record) names the actor.",
      ),
    verification: Verification.describe(
      "How the actor's description (which comes from outside the article) compares with the public record.",
    ),
  })
  .strict()
  .superRefine((a, ctx) => {
    if (a.isoCode && a.kind !== "STATE") {
      ctx.addIssue({
        code: "custom",
        path: ["isoCode"],
        message: "only states carry an ISO 3166 code",
      });
    }
  })
  .describe("A state, alliance, organisation, bloc, person or group the article names.");

export type Actor = z.infer<typeof Actor>;
export type ActorKind = z.infer<typeof ActorKind>;
