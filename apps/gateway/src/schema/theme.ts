import { THEME_KINDS } from "@nato-russia/data";
import { Theme, ThemeKind } from "@nato-russia/data/schemas";
import { builder } from "../builder.js";
import { paginate } from "../pagination.js";
import { EventConnection } from "./connections.js";
import { withValues } from "./enums.js";
import { AttestationRef, EventRef, ThemeRef } from "./refs.js";

ThemeRef.implement({
  description: Theme.description,
  fields: (t) => ({
    slug: t.exposeString("slug", { description: "Stable, human-readable identifier." }),
    name: t.exposeString("name", { description: Theme.shape.name.description }),
    // A String since 0.1 (an enum now would break clients): its values are listed in words.
    kind: t.exposeString("kind", { description: withValues(ThemeKind.description, THEME_KINDS) }),
    description: t.exposeString("description", { description: "What the theme covers." }),
    sources: t.expose("sources", {
      type: [AttestationRef],
      description: Theme.shape.sources.description,
    }),
    events: t.connection(
      {
        type: EventRef,
        description: "Events tagged with the theme, in date order.",
        resolve: (theme, args, ctx) => paginate(args, ctx.dataset.eventsOfTheme(theme.slug)),
      },
      EventConnection,
    ),
  }),
});

builder.queryFields((t) => ({
  theme: t.field({
    type: ThemeRef,
    nullable: true,
    description: "The theme with this slug; null when there is none.",
    args: { slug: t.arg.string({ required: true, description: "The theme's slug." }) },
    resolve: (_root, { slug }, ctx) => ctx.dataset.getTheme(slug),
  }),
  themes: t.field({
    type: [ThemeRef],
    description: "Every theme, alphabetically by name (English collation).",
    resolve: (_root, _args, ctx) => ctx.dataset.themes(),
  }),
}));
