// Who made the dataset, where it lives, under which licences and how to cite it: stated once
// here and read by the library (datasetInfo), the build (datapackage.json, JSON-LD, CITATION.cff
// checks) and the gateway (the dataset's own citation).
import pkg from "../package.json" with { type: "json" };
import release from "../release.json" with { type: "json" };

export const DATASET_TITLE = "NATO–Russia relations dataset";

export const DATASET_DESCRIPTION =
  "Events, actors, agreements, periods, themes, positions and references of NATO–Russia relations from 1949 to today, drawn from one open-access article, each record with the paragraph and quote it comes from and a check against the public record.";

/** The dataset's authors: the people who structure the records, credited as one group. */
export const DATASET_AUTHORS = [{ name: "The @nato-russia/data contributors" }] as const;

/** Where the project's source lives; the package's repository, homepage and bugs point here. */
export const REPOSITORY_URL = pkg.repository.url.replace(/^git\+/, "").replace(/\.git$/, "");
export const HOMEPAGE_URL = pkg.homepage;

/** The day this version was released (YYYY-MM-DD). */
export const RELEASE_DATE: string = release.date;

/** A licence of part of the dataset: its SPDX identifier, its legal code and what it covers. */
export interface DatasetLicense {
  spdx: "CC-BY-4.0" | "CC-BY-NC-SA-4.0";
  title: string;
  url: string;
  /** What the licence applies to, in a sentence. */
  appliesTo: string;
}

/** What the project wrote: usable by anyone, commercially too, with credit. */
export const FACTS_LICENSE: DatasetLicense = {
  spdx: "CC-BY-4.0",
  title: "Creative Commons Attribution 4.0 International",
  url: "https://creativecommons.org/licenses/by/4.0/",
  appliesTo:
    "What the project wrote: titles, summaries, dates, codes, notes, identifiers, links between records and the bibliographic data of the references.",
};

/** The article's own words keep the article's licence. */
export const TEXT_LICENSE: DatasetLicense = {
  spdx: "CC-BY-NC-SA-4.0",
  title: "Creative Commons Attribution-NonCommercial-ShareAlike 4.0 International",
  url: "https://creativecommons.org/licenses/by-nc-sa/4.0/",
  appliesTo:
    "The article's text: its paragraphs (passages, with their in-text citations) and the verbatim quotes in sources.",
};

export const DATASET_LICENSES: readonly DatasetLicense[] = [FACTS_LICENSE, TEXT_LICENSE];

/** The data licences as one SPDX expression. */
export const DATASET_LICENSE_EXPRESSION = `${FACTS_LICENSE.spdx} AND ${TEXT_LICENSE.spdx}`;

/** A CSL-JSON item for the dataset itself, so citation tools format it like any reference. */
export interface DatasetCslItem {
  id: string;
  type: "dataset";
  title: string;
  author: { literal: string }[];
  version: string;
  issued: { "date-parts": [[number, number, number]] };
  publisher: string;
  URL: string;
  note: string;
}

/** The dataset's own citation as CSL-JSON (the version is this release's). */
export const datasetCitation: DatasetCslItem = {
  id: pkg.name,
  type: "dataset",
  title: DATASET_TITLE,
  author: DATASET_AUTHORS.map((a) => ({ literal: a.name })),
  version: pkg.version,
  issued: { "date-parts": [release.date.split("-").map(Number) as [number, number, number]] },
  publisher: "npm",
  URL: HOMEPAGE_URL,
  note: `${pkg.name} ${pkg.version}`,
};
