// The Frictionless Data Package (v2) descriptor of an edition: one tabular resource per CSV,
// each with its Table Schema, keys and licence; the package's licences, source and authors.
import pkg from "../../package.json" with { type: "json" };
import type { DatasetRecords } from "../../src/entities.js";
import {
  DATASET_AUTHORS,
  DATASET_DESCRIPTION,
  DATASET_TITLE,
  HOMEPAGE_URL,
  RELEASE_DATE,
  type DatasetLicense,
} from "../../src/metadata.js";
import { articleCitation, articleOf } from "./article.js";
import type { Edition } from "./editions.js";
import { tableSchemaOf } from "./tableSchema.js";

const licenseOf = (l: DatasetLicense) => ({ name: l.spdx, path: l.url, title: l.title });

export function datapackageOf(edition: Edition, records: DatasetRecords) {
  const article = articleOf(records);
  const licenses = [...new Map(edition.tables.map((t) => [t.license.spdx, t.license])).values()];
  const facts = edition.name === "facts";
  return {
    $schema: "https://datapackage.org/profiles/2.0/datapackage.json",
    name: facts ? "nato-russia-data-facts" : "nato-russia-data",
    title: facts ? `${DATASET_TITLE} (facts edition)` : DATASET_TITLE,
    description: facts
      ? `${DATASET_DESCRIPTION} The facts edition leaves out the article's text (its paragraphs and the quotes), so all of it is under CC-BY-4.0.`
      : `${DATASET_DESCRIPTION} Each resource states its licence: the article's text (passages and quotes) is under CC-BY-NC-SA-4.0, everything else under CC-BY-4.0.`,
    version: pkg.version,
    created: `${RELEASE_DATE}T00:00:00Z`,
    homepage: HOMEPAGE_URL,
    keywords: pkg.keywords,
    licenses: licenses.map(licenseOf),
    contributors: DATASET_AUTHORS.map((a) => ({
      title: a.name,
      path: HOMEPAGE_URL,
      roles: ["creator"],
    })),
    sources: [{ title: articleCitation(article), path: article.csl.URL }],
    resources: edition.tables.map((t) => ({
      name: t.name,
      type: "table",
      path: `csv/${t.name}.csv`,
      scheme: "file",
      format: "csv",
      mediatype: "text/csv",
      encoding: "utf-8",
      description: t.description,
      licenses: [licenseOf(t.license)],
      schema: tableSchemaOf(t),
    })),
  };
}

export type DataPackage = ReturnType<typeof datapackageOf>;
