// Every object type's ref in one place, so type files can point at each other without import cycles.
import {
  ENTITIES,
  type Actor,
  type Attestation,
  type Citation,
  type CslName,
  type DatasetInfo,
  type Event,
  type EventFilter,
  type EventActor,
  type FuzzyDate,
  type Passage,
  type PassageQuote,
  type Period,
  type Position,
  type Reference,
  type StatsBucket,
  type Theme,
  type Verification,
} from "@nato-russia/data";
import { builder } from "../builder.js";

const bySlug = { resolve: (record: { slug: string }) => record.slug };

// Node types, named by the data package's entity list: global ID = the slug; `node`/`nodes`
// load through the request's dataset.
export const EventRef = builder.nodeRef<Event>(ENTITIES.events.typeName, {
  id: bySlug,
  loadOne: (slug, ctx) => ctx.dataset.getEvent(slug),
});
export const ActorRef = builder.nodeRef<Actor>(ENTITIES.actors.typeName, {
  id: bySlug,
  loadOne: (slug, ctx) => ctx.dataset.getActor(slug),
});
export const ReferenceRef = builder.nodeRef<Reference>(ENTITIES.references.typeName, {
  id: bySlug,
  loadOne: (slug, ctx) => ctx.dataset.getReference(slug),
});
export const PassageRef = builder.nodeRef<Passage>(ENTITIES.passages.typeName, {
  id: bySlug,
  loadOne: (slug, ctx) => ctx.dataset.getPassage(slug),
});
export const PeriodRef = builder.nodeRef<Period>(ENTITIES.periods.typeName, {
  id: bySlug,
  loadOne: (slug, ctx) => ctx.dataset.getPeriod(slug),
});
export const ThemeRef = builder.nodeRef<Theme>(ENTITIES.themes.typeName, {
  id: bySlug,
  loadOne: (slug, ctx) => ctx.dataset.getTheme(slug),
});
export const PositionRef = builder.nodeRef<Position>(ENTITIES.positions.typeName, {
  id: bySlug,
  loadOne: (slug, ctx) => ctx.dataset.getPosition(slug),
});

// Value types, over the data package's own types.
export const FuzzyDateRef = builder.objectRef<FuzzyDate>("FuzzyDate");
export const EventActorRef = builder.objectRef<EventActor>("EventActor");
export const AttestationRef = builder.objectRef<Attestation>("Attestation");
export const VerificationRef = builder.objectRef<Verification>("Verification");
export const AuthorRef = builder.objectRef<CslName>("Author");
export const CitationRef = builder.objectRef<Citation>("Citation");
export const PassageQuoteRef = builder.objectRef<PassageQuote>("PassageQuote");
export const StatsBucketRef = builder.objectRef<StatsBucket>("StatsBucket");
export const DatasetRef = builder.objectRef<DatasetInfo>("Dataset");
export const DatasetCountsRef = builder.objectRef<DatasetInfo["counts"]>("DatasetCounts");

// Input types more than one type file uses.
export const EventFilterInput = builder.inputRef<EventFilter>("EventFilter");
