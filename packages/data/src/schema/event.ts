import { z } from "zod";
import { Attestation, Verification } from "./attestation.js";
import { NonEmpty, Slug } from "./common.js";
import { FuzzyDate } from "./fuzzyDate.js";

export const EventKind = z
  .enum([
    "FOUNDING",
    "AGREEMENT",
    "INSTITUTION",
    "SUMMIT",
    "ENLARGEMENT",
    "DISSOLUTION",
    "MILITARY_ACTION",
    "ARMED_CONFLICT",
    "ANNEXATION",
    "DEPLOYMENT",
    "CYBER_OPERATION",
    "HYBRID_INFLUENCE",
    "ASSASSINATION",
    "ENERGY",
    "SANCTION",
    "TERRORISM",
    "COOPERATION",
    "SUSPENSION",
    "DIPLOMATIC_STATEMENT",
    "POLITICAL_CHANGE",
    "CRISIS",
  ])
  .describe(
    "What kind of event: FOUNDING of an organisation; AGREEMENT signed; INSTITUTION created; SUMMIT held; ENLARGEMENT (application or accession); DISSOLUTION of a state or bloc; MILITARY_ACTION short of war; ARMED_CONFLICT (war, invasion); ANNEXATION of territory; DEPLOYMENT of forces; CYBER_OPERATION; HYBRID_INFLUENCE (election meddling, disinformation); ASSASSINATION or attempt; ENERGY (supply, pipelines); SANCTION or embargo; TERRORISM; COOPERATION in practice; SUSPENSION of ties or cooperation; DIPLOMATIC_STATEMENT (condemnation, declaration); POLITICAL_CHANGE (leadership, strategy); CRISIS (wider instability, pandemic).",
  );

/** GDELT's quad classes (verbal/material × cooperation/conflict), and events between no parties. */
export const Relation = z
  .enum([
    "VERBAL_COOPERATION",
    "MATERIAL_COOPERATION",
    "VERBAL_CONFLICT",
    "MATERIAL_CONFLICT",
    "NON_INTERACTION",
  ])
  .describe(
    "GDELT quad class of the event: verbal or material, cooperation or conflict. NON_INTERACTION: not an interaction between parties (a pandemic, a change of leader at home, a state's collapse), so it counts as neither cooperation nor conflict.",
  );

export const ActorRole = z
  .enum(["INITIATOR", "TARGET", "PARTICIPANT", "SIGNATORY"])
  .describe(
    "INITIATOR: acts first or decides; TARGET: acted upon; PARTICIPANT: takes part; SIGNATORY: signs an agreement.",
  );

export const EventActor = z
  .object({ actor: Slug.describe("Actor slug."), role: ActorRole })
  .strict()
  .describe("An actor and the role it plays in an event.");

export const Event = z
  .object({
    slug: Slug,
    title: NonEmpty.describe('Short title, e.g. "Russia annexes Crimea".'),
    summary: NonEmpty.describe("What happened, in our own words, faithful to the article."),
    date: FuzzyDate,
    kind: EventKind,
    relation: Relation,
    actors: z
      .array(EventActor)
      .describe("Actors with their roles; empty when the article names no party to the event."),
    countries: z
      .array(z.string().regex(/^[A-Z]{2}$/, "must be an ISO 3166-1 alpha-2 code"))
      .default([])
      .describe(
        "ISO 3166-1 alpha-2 codes of the states that are parties to the event: exactly the isoCode of every STATE actor in `actors`, nothing else (not the place where it happened).",
      ),
    themes: z.array(Slug).default([]).describe("Theme slugs."),
    period: Slug.optional().describe("Slug of the period of the relationship it falls in."),
    sources: z.array(Attestation).min(1).describe("Where the article states it."),
    verification: Verification,
  })
  .strict()
  .describe("A dated or datable event the article mentions.");

export type Event = z.infer<typeof Event>;
export type EventKind = z.infer<typeof EventKind>;
export type Relation = z.infer<typeof Relation>;
export type ActorRole = z.infer<typeof ActorRole>;
export type EventActor = z.infer<typeof EventActor>;
