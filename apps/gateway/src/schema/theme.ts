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
  themes: t.field({
    type: [ThemeRef],
    description: "Every theme, in dataset order.",
    resolve: (_root, _args, ctx) => ctx.dataset.records.themes,
  }),
}));
