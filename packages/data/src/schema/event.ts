import { z } from "zod";
import { Attestation, Verification } from "./attestation.js";
import { NonEmpty, Slug } from "./common.js";
import { describedEnum } from "./describedEnum.js";
import { FuzzyDate } from "./fuzzyDate.js";

/** What kind of event it is, each kind with its meaning. */
export const EVENT_KINDS = {
  FOUNDING: "An organisation is founded.",
  AGREEMENT: "An agreement is signed.",
  INSTITUTION: "An institution or forum is created.",
  SUMMIT: "A summit is held.",
  ENLARGEMENT: "A state applies to or joins an alliance or union.",
  DISSOLUTION: "A state or bloc is dissolved.",
  MILITARY_ACTION: "Military action short of war.",
  ARMED_CONFLICT: "War or invasion.",
  ANNEXATION: "Territory is annexed.",
  DEPLOYMENT: "Forces are deployed.",
  CYBER_OPERATION: "A cyber operation.",
  HYBRID_INFLUENCE: "Election meddling, disinformation or other hybrid influence.",
  ASSASSINATION: "An assassination or attempt.",
  ENERGY: "Energy supply or pipelines.",
  SANCTION: "A sanction or embargo.",
  TERRORISM: "A terrorist attack.",
  COOPERATION: "Cooperation in practice.",
  SUSPENSION: "Ties or cooperation are suspended.",
  DIPLOMATIC_STATEMENT: "A condemnation, declaration or other statement.",
  POLITICAL_CHANGE: "A change of leadership or strategy.",
  CRISIS: "Wider instability, such as a pandemic.",
} as const;

export const EventKind = describedEnum(EVENT_KINDS, "What kind of event it is.");

/** GDELT's quad classes (verbal/material × cooperation/conflict), and events between no parties. */
export const RELATIONS = {
  VERBAL_COOPERATION: "Statements of cooperation: declarations, agreements in words.",
  MATERIAL_COOPERATION: "Cooperation in deeds: joint action, aid, treaties carried out.",
  VERBAL_CONFLICT: "Conflict in words: condemnations, threats, accusations.",
  MATERIAL_CONFLICT: "Conflict in deeds: force, sanctions, expulsions.",
  NON_INTERACTION:
    "Not an interaction between parties (a pandemic, a change of leader at home, a state's collapse): counted as neither cooperation nor conflict.",
} as const;

export const Relation = describedEnum(
  RELATIONS,
  "GDELT quad class of an event: verbal or material, cooperation or conflict; or NON_INTERACTION when it is not an interaction between parties.",
);

/** The parts an actor can play in an event. */
export const ACTOR_ROLES = {
  INITIATOR: "Acts first or decides.",
  TARGET: "Is acted upon.",
  PARTICIPANT: "Takes part.",
  SIGNATORY: "Signs an agreement.",
} as const;

export const ActorRole = describedEnum(ACTOR_ROLES, "The part an actor plays in an event.");

export const EventActor = z
  .object({ actor: Slug.describe("Actor slug."), role: ActorRole })
  .strict()
  .describe("An actor and the role it plays in an event.");

export const Event = z
  .object({
    slug: Slug,
    title: NonEmpty.describe('Short title, e.g. "Russia annexes Crimea".'),
    summary: NonEmpty.describe(
      "What happened, in our own words, faithful to the documents that attest it.",
    ),
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
    sources: z
      .array(Attestation)
      .min(1)
      .describe("Where documents state it: the article, documents of the record, or both."),
    verification: Verification,
    corrects: Slug.optional().describe(
      "Slug of the article's event that this record, attested by documents of the record, tells right where the article is imprecise or disputed: both stay, linked, and the article's carries the verification note.",
    ),
  })
  .strict()
  .describe(
    "A dated or datable event of NATO–Russia relations, as the article or documents of the record attest it.",
  );

export type Event = z.infer<typeof Event>;
export type EventKind = z.infer<typeof EventKind>;
export type Relation = z.infer<typeof Relation>;
export type ActorRole = z.infer<typeof ActorRole>;
export type EventActor = z.infer<typeof EventActor>;
