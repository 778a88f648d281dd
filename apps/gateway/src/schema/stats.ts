import { StatsBucketRef } from "./refs.js";

StatsBucketRef.implement({
  description: "One bar of a chart: a group of events and how many there are.",
  fields: (t) => ({
    key: t.exposeString("key", {
      description: 'Machine key: a year, a decade ("1990"), an enum value or a slug.',
    }),
    label: t.exposeString("label", {
      description: 'Human label: "1990s", "Armed conflict", an actor\'s name.',
    }),
    count: t.exposeInt("count", { description: "Events in the group." }),
  }),
});
