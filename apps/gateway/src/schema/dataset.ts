import { builder } from "../builder.js";
import { formatDatasetCitation } from "../citations.js";
import { CitationStyleEnum } from "./enums.js";
import { DatasetCountsRef, DatasetRef, ReferenceRef } from "./refs.js";

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
    citation: t.string({
      description:
        "How to cite the dataset itself (this version, its authors, where it is published), formatted in a citation style.",
      args: {
        style: t.arg({
          type: CitationStyleEnum,
          defaultValue: "APA",
          description: "Citation style; APA when omitted or null.",
        }),
      },
      resolve: (info, { style }) => formatDatasetCitation(info.citation, style ?? "APA"),
    }),
    attribution: t.exposeString("attribution", {
      description: "Credit to give when reusing the data.",
    }),
    source: t.field({
      type: ReferenceRef,
      description: "The article the dataset is drawn from.",
      resolve: (_info, _args, ctx) => ctx.dataset.source,
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
