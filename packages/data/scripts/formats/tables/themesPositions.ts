// Themes, positions and the actors and themes a position is about.
import { Position, Theme } from "../../../src/schema/index.js";
import type {
  Position as PositionRecord,
  Theme as ThemeRecord,
} from "../../../src/schema/index.js";
import { verificationColumns } from "../verificationColumns.js";
import { fk, table } from "../table.js";

const t = Theme.shape;
const p = Position.shape;

export const themes = table<ThemeRecord>({
  name: "themes",
  description: Theme.description!,
  rows: (r) => [...r.themes],
  columns: [
    { name: "slug", schema: t.slug, value: (x) => x.slug },
    { name: "name", schema: t.name, value: (x) => x.name },
    { name: "kind", schema: t.kind, value: (x) => x.kind },
    { name: "description", schema: t.description, value: (x) => x.description },
  ],
  primaryKey: ["slug"],
  foreignKeys: [],
});

export const positions = table<PositionRecord>({
  name: "positions",
  description: Position.description!,
  rows: (r) => [...r.positions],
  columns: [
    { name: "slug", schema: p.slug, value: (x) => x.slug },
    { name: "holder", schema: p.holder, value: (x) => x.holder },
    { name: "statement", schema: p.statement, value: (x) => x.statement },
    ...verificationColumns<PositionRecord>(p.verification),
  ],
  primaryKey: ["slug"],
  foreignKeys: [fk("holder", "actors")],
});

const positionColumn = { name: "position", schema: p.slug, description: "Slug of the position." };

export const positionAbout = table<{ position: string; actor: string }>({
  name: "position_about",
  description: "The actors a position is about (one row per actor).",
  rows: (r) => r.positions.flatMap((x) => x.about.map((actor) => ({ position: x.slug, actor }))),
  columns: [
    { ...positionColumn, value: (x) => x.position },
    {
      name: "actor",
      schema: p.about.unwrap().element,
      description: "Slug of an actor the position is about.",
      value: (x) => x.actor,
    },
  ],
  primaryKey: ["position", "actor"],
  foreignKeys: [fk("position", "positions"), fk("actor", "actors")],
});

export const positionThemes = table<{ position: string; theme: string }>({
  name: "position_themes",
  description: "The themes of a position (one row per theme).",
  rows: (r) => r.positions.flatMap((x) => x.themes.map((theme) => ({ position: x.slug, theme }))),
  columns: [
    { ...positionColumn, value: (x) => x.position },
    {
      name: "theme",
      schema: p.themes.unwrap().element,
      description: "Slug of the theme.",
      value: (x) => x.theme,
    },
  ],
  primaryKey: ["position", "theme"],
  foreignKeys: [fk("position", "positions"), fk("theme", "themes")],
});
