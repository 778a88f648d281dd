import { builder } from "../builder.js";
import { formatDatasetCitation } from "../citations.js";
import { userError } from "../errors.js";
import { CitationStyleEnum } from "./enums.js";
import { EventFilterInput } from "./refs.js";
import { DatasetCountsRef, DatasetRef, ReferenceRef } from "./refs.js";

/** A calendar day that exists: "2026-02-30" is refused. */
function isDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  return new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
}

DatasetRef.implement({
  description: "This release of the dataset: version, licence, source and size.",
  fields: (t) => ({
    name: t.exposeString("name", { description: "Package name of the dataset." }),
    version: t.exposeString("version", {
      description: "Semantic version; responses are cached per version.",
    }),
    license: t.exposeString("license", {
      description:
        'SPDX expression of the data licences: "CC-BY-4.0 AND CC-BY-NC-SA-4.0" (what the project wrote is CC-BY-4.0; the article\'s text, its passages and quotes, CC-BY-NC-SA-4.0).',
    }),
    attribution: t.exposeString("attribution", {
      description: "Credit to give when reusing the data.",
    }),
    source: t.field({
      type: ReferenceRef,
      description: "The article the dataset is drawn from.",
      resolve: (_info, _args, ctx) => ctx.dataset.source,
    }),
    citation: t.string({
      description:
        "How to cite the dataset itself (this version, its authors, where it is published), or one view of it: the events the view shows (`filter`, in words), where it is (`url`) and when it was read (`accessed`). Formatted like `Reference.citation`. A malformed `accessed` or `url` is BAD_USER_INPUT; a filter `events` would refuse gets the same error.",
      args: {
        style: t.arg({
          type: CitationStyleEnum,
          defaultValue: "APA",
          description: "Citation style; APA when omitted or null.",
        }),
        filter: t.arg({
          type: EventFilterInput,
          description: "The events of the view cited; the whole dataset when omitted.",
        }),
        url: t.arg.string({
          description:
            "Address of the view cited (http or https), e.g. a dashboard URL with its filters.",
        }),
        accessed: t.arg.string({
          description: "The day the view was read, YYYY-MM-DD.",
        }),
      },
      resolve: (info, { style, filter, url, accessed }, ctx) => {
        if (accessed != null && !isDay(accessed))
          throw userError("BAD_USER_INPUT", "accessed must be a day, YYYY-MM-DD", "accessed");
        if (url != null && !/^https?:\/\/[^\s]+$/.test(url))
          throw userError("BAD_USER_INPUT", "url must be an http or https address", "url");
        const scope = filter ? ctx.dataset.describeFilter(filter) : undefined;
        return formatDatasetCitation(info.citation, style ?? "APA", {
          ...(scope && scope !== "all events" && { scope }),
          ...(url != null && { url }),
          ...(accessed != null && { accessed }),
        });
      },
    }),
    counts: t.expose("counts", {
      type: DatasetCountsRef,
      description: "How many records of each type it holds.",
    }),
  }),
});

DatasetCountsRef.implement({
  description: "Record counts per type.",
  fields: (t) => ({
    events: t.exposeInt("events", { description: "Events." }),
    actors: t.exposeInt("actors", { description: "Actors." }),
    references: t.exposeInt("references", { description: "References." }),
    passages: t.exposeInt("passages", { description: "Passages of the article." }),
    periods: t.exposeInt("periods", { description: "Periods." }),
    themes: t.exposeInt("themes", { description: "Themes." }),
    positions: t.exposeInt("positions", { description: "Positions." }),
  }),
});

builder.queryFields((t) => ({
  dataset: t.field({
    type: DatasetRef,
    description: "What this API serves: the dataset's version, licence, source and counts.",
    resolve: (_root, _args, ctx) => ctx.info,
  }),
}));
