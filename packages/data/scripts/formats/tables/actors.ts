// The actors table, with ISO 3166 codes from the iso-3166 package, and their aliases.
import { z } from "zod";
import { Actor } from "../../../src/schema/index.js";
import type { Actor as ActorRecord } from "../../../src/schema/index.js";
import { isoCodesOf } from "../isoCodes.js";
import { verificationColumns } from "../verificationColumns.js";
import { fk, table } from "../table.js";

const a = Actor.shape;
const code = (pattern: RegExp, description: string) =>
  z.string().regex(pattern).optional().describe(description);

export const actors = table<ActorRecord>({
  name: "actors",
  description: Actor.description!,
  rows: (r) => [...r.actors],
  columns: [
    { name: "slug", schema: a.slug, value: (x) => x.slug },
    { name: "name", schema: a.name, value: (x) => x.name },
    { name: "kind", schema: a.kind, value: (x) => x.kind },
    {
      name: "iso_alpha2",
      schema: a.isoCode,
      description:
        "ISO 3166-1 alpha-2 code of a state; for a former state, the code it had (see iso3166_3).",
      value: (x) => isoCodesOf(x)?.alpha2,
      unique: true,
    },
    {
      name: "iso_alpha3",
      schema: code(/^[A-Z]{3}$/, "ISO 3166-1 alpha-3 code (from the iso-3166 package)."),
      value: (x) => isoCodesOf(x)?.alpha3,
    },
    {
      name: "iso_numeric",
      schema: code(/^\d{3}$/, 'ISO 3166-1 numeric code, three digits kept as text ("008").'),
      value: (x) => isoCodesOf(x)?.numeric,
    },
    {
      name: "iso3166_3",
      schema: code(/^[A-Z]{4}$/, "ISO 3166-3 code of a former state, e.g. SUHH for the USSR."),
      value: (x) => isoCodesOf(x)?.former,
    },
    { name: "wikidata_id", schema: a.wikidataId, value: (x) => x.wikidataId },
    { name: "description", schema: a.description, value: (x) => x.description },
    ...verificationColumns<ActorRecord>(a.verification),
  ],
  primaryKey: ["slug"],
  foreignKeys: [],
});

export const actorAliases = table<{ actor: string; alias: string }>({
  name: "actor_aliases",
  description: "Other names and spellings of an actor (one row per alias).",
  rows: (r) => r.actors.flatMap((x) => x.aliases.map((alias) => ({ actor: x.slug, alias }))),
  columns: [
    { name: "actor", schema: a.slug, description: "Slug of the actor.", value: (x) => x.actor },
    {
      name: "alias",
      schema: a.aliases.unwrap().element,
      description: a.aliases.description,
      value: (x) => x.alias,
    },
  ],
  primaryKey: ["actor", "alias"],
  foreignKeys: [fk("actor", "actors")],
});
