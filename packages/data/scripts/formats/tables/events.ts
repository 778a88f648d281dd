// The events table and its join tables: one value per cell, one row per actor, country, theme.
import { EventActor, Event } from "../../../src/schema/index.js";
import type { Event as EventRecord } from "../../../src/schema/index.js";
import { dateColumns } from "../dateColumns.js";
import { verificationColumns } from "../verificationColumns.js";
import { fk, table } from "../table.js";

const e = Event.shape;
const eventFk = fk("event", "events");
const eventColumn = {
  name: "event",
  schema: e.slug,
  description: "Slug of the event.",
} as const;

export const events = table<EventRecord>({
  name: "events",
  description: Event.description!,
  rows: (r) => [...r.events],
  columns: [
    { name: "slug", schema: e.slug, value: (x) => x.slug },
    { name: "title", schema: e.title, value: (x) => x.title },
    { name: "summary", schema: e.summary, value: (x) => x.summary },
    ...dateColumns<EventRecord>((x) => x.date, "the event"),
    { name: "kind", schema: e.kind, value: (x) => x.kind },
    { name: "relation", schema: e.relation, value: (x) => x.relation },
    { name: "period", schema: e.period, value: (x) => x.period },
    ...verificationColumns<EventRecord>(e.verification),
    { name: "corrects", schema: e.corrects, value: (x) => x.corrects },
  ],
  primaryKey: ["slug"],
  foreignKeys: [fk("period", "periods"), fk("corrects", "events")],
});

type EventActorRow = { event: string } & EventActor;
export const eventActors = table<EventActorRow>({
  name: "event_actors",
  description: "Who takes part in an event, and in which role (one row per actor and role).",
  rows: (r) => r.events.flatMap((x) => x.actors.map((a) => ({ event: x.slug, ...a }))),
  columns: [
    { ...eventColumn, value: (x) => x.event },
    { name: "actor", schema: EventActor.shape.actor, value: (x) => x.actor },
    { name: "role", schema: EventActor.shape.role, value: (x) => x.role },
  ],
  primaryKey: ["event", "actor", "role"],
  foreignKeys: [eventFk, fk("actor", "actors")],
});

export const eventCountries = table<{ event: string; country: string }>({
  name: "event_countries",
  description:
    "The states that are parties to an event, by ISO 3166-1 alpha-2 code (one row per state); join actors on iso_alpha2 for the other codes.",
  rows: (r) => r.events.flatMap((x) => x.countries.map((country) => ({ event: x.slug, country }))),
  columns: [
    { ...eventColumn, value: (x) => x.event },
    {
      name: "country",
      schema: e.countries.unwrap().element,
      description: "ISO 3166-1 alpha-2 code of a state that is a party to the event.",
      value: (x) => x.country,
    },
  ],
  primaryKey: ["event", "country"],
  foreignKeys: [eventFk, fk("country", "actors", "iso_alpha2")],
});

export const eventThemes = table<{ event: string; theme: string }>({
  name: "event_themes",
  description: "The themes an event belongs to (one row per theme).",
  rows: (r) => r.events.flatMap((x) => x.themes.map((theme) => ({ event: x.slug, theme }))),
  columns: [
    { ...eventColumn, value: (x) => x.event },
    {
      name: "theme",
      schema: e.themes.unwrap().element,
      description: "Slug of the theme.",
      value: (x) => x.theme,
    },
  ],
  primaryKey: ["event", "theme"],
  foreignKeys: [eventFk, fk("theme", "themes")],
});
