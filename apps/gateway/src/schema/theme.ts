import { builder } from "../builder.js";
import { paginate } from "../pagination.js";
import { EventConnection } from "./connections.js";
import { AttestationRef, EventRef, ThemeRef } from "./refs.js";

ThemeRef.implement({
  description: "A threat, cooperation area or policy the article names.",
  fields: (t) => ({
    slug: t.exposeString("slug", { description: "Stable, human-readable identifier." }),
    name: t.exposeString("name", { description: "Name of the theme." }),
    kind: t.exposeString("kind", {
      description:
        "THREAT (a source of insecurity), COOPERATION_AREA (where NATO and Russia can work together) or POLICY (an aim or instrument).",
    }),
    description: t.exposeString("description", { description: "What the theme covers." }),
    sources: t.expose("sources", {
      type: [AttestationRef],
      description: "Where the article names the theme.",
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
