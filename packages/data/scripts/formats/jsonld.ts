// schema.org JSON-LD describing the dataset: what search engines (Google Dataset Search) and
// link previews read. Its distribution lists every file of the build, each at its address on
// the jsDelivr CDN, which serves the files of every version published to npm.
import pkg from "../../package.json" with { type: "json" };
import type { DatasetRecords } from "../../src/entities.js";
import {
  DATASET_AUTHORS,
  DATASET_DESCRIPTION,
  DATASET_LICENSES,
  DATASET_TITLE,
  HOMEPAGE_URL,
  RELEASE_DATE,
  REPOSITORY_URL,
} from "../../src/metadata.js";
import { articleOf } from "./article.js";

/** A file of the build: where it is in dist/, its media type and a line on what it is. */
export interface BuiltFile {
  path: string;
  encodingFormat: string;
  description: string;
}

export const cdnUrl = (path: string) =>
  `https://cdn.jsdelivr.net/npm/${pkg.name}@${pkg.version}/dist/${path}`;

export function jsonLdOf(records: DatasetRecords, files: readonly BuiltFile[]) {
  const article = articleOf(records);
  const c = article.csl;
  const years = records.events.map((e) => e.date.start.slice(0, 4)).sort();
  return {
    "@context": "https://schema.org/",
    "@type": "Dataset",
    name: DATASET_TITLE,
    description: DATASET_DESCRIPTION,
    url: HOMEPAGE_URL,
    sameAs: `https://www.npmjs.com/package/${pkg.name}`,
    identifier: `${pkg.name}@${pkg.version}`,
    version: pkg.version,
    datePublished: RELEASE_DATE,
    keywords: pkg.keywords,
    license: DATASET_LICENSES.map((l) => l.url),
    isAccessibleForFree: true,
    creator: DATASET_AUTHORS.map((a) => ({
      "@type": "Organization",
      name: a.name,
      url: REPOSITORY_URL,
    })),
    temporalCoverage: `${years[0]}/${years.at(-1)}`,
    citation: {
      "@type": "ScholarlyArticle",
      name: c.title,
      author: (c.author ?? []).map((n) =>
        n.literal
          ? { "@type": "Organization", name: n.literal }
          : { "@type": "Person", familyName: n.family, givenName: n.given },
      ),
      datePublished: String(c.issued?.["date-parts"][0]?.[0] ?? ""),
      isPartOf: { "@type": "Periodical", name: c["container-title"] },
      publisher: { "@type": "Organization", name: c.publisher },
      url: c.URL,
      license: "https://creativecommons.org/licenses/by-nc-sa/4.0/",
    },
    distribution: files.map((f) => ({
      "@type": "DataDownload",
      name: f.path,
      description: f.description,
      encodingFormat: f.encodingFormat,
      contentUrl: cdnUrl(f.path),
    })),
  };
}
