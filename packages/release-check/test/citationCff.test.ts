// CITATION.cff at the repository root: valid against the official CFF 1.2.0 schema (kept in
// schemas/ with its licence), and saying what the data package says of this release.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv } from "ajv";
import addFormats from "ajv-formats";
import {
  DATASET_AUTHORS,
  DATASET_TITLE,
  datasetInfo,
  DATASET_LICENSES,
  dataset,
} from "@nato-russia/data";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { CITATION_CFF, withRelease } from "../src/citationCff.js";
import { repoRoot } from "../src/paths.js";

const schema = JSON.parse(
  readFileSync(new URL("../schemas/cff-1.2.0.schema.json", import.meta.url), "utf8"),
) as object;
const ajv = new Ajv({ strict: false, allErrors: true });
addFormats.default(ajv);
const validate = ajv.compile(schema);
const text = readFileSync(join(repoRoot, CITATION_CFF), "utf8");
type Cff = {
  version: string;
  "date-released": string;
  title: string;
  authors: { name: string }[];
  license: string[];
  references: { title: string; url: string }[];
};
// The CFF schema wants dates as strings; YAML's core schema keeps them so.
const cff = parse(text) as Cff;

describe("CITATION.cff", () => {
  it("is valid Citation File Format 1.2.0", () => {
    expect(validate(cff), ajv.errorsText(validate.errors)).toBe(true);
  });

  it("rejects what the schema forbids (the check can fail)", () => {
    expect(validate({ ...cff, "date-released": "29 November 2026" })).toBe(false);
    expect(validate({ ...cff, authors: [] })).toBe(false);
  });

  it("names the data package's version, release date, title, authors and licences", () => {
    expect(cff.version).toBe(datasetInfo.version);
    expect(cff["date-released"]).toBe(datasetInfo.released);
    expect(cff.title).toBe(DATASET_TITLE);
    expect(cff.authors).toEqual(DATASET_AUTHORS.map((a) => ({ name: a.name })));
    expect(cff.license).toEqual(DATASET_LICENSES.map((l) => l.spdx));
  });

  it("cites the article in references", () => {
    const article = dataset.source.csl;
    expect(cff.references[0]).toMatchObject({ title: article.title, url: article.URL });
  });

  it("gets a new version and date from the version step, comments and layout kept", () => {
    const next = withRelease(text, "9.9.9", "2031-05-04");
    expect(parse(next)).toMatchObject({ version: "9.9.9", "date-released": "2031-05-04" });
    expect(next.split("\n").length).toBe(text.split("\n").length);
    expect(validate(parse(next))).toBe(true);
  });
});
