// `dataset { citation(style:) }`: the dataset's own citation, with this version, in every style.
import { datasetInfo } from "@nato-russia/data";
import { describe, expect, it } from "vitest";
import { data, errorCodes } from "./helpers.js";

const STYLES = ["APA", "CHICAGO", "HARVARD", "MLA", "VANCOUVER", "BIBTEX"];
const cite = async (style?: string) =>
  (await data(`{ dataset { citation${style ? `(style: ${style})` : ""} } }`)).dataset
    .citation as string;

describe("Dataset.citation", () => {
  it("cites the dataset's authors and release in APA by default, with the version", async () => {
    const year = datasetInfo.released.slice(0, 4);
    expect(await cite()).toBe(
      `The @nato-russia/data contributors. (${year}). NATO–Russia relations dataset (${datasetInfo.version}) [Data set]. npm. ${datasetInfo.citation.URL}`,
    );
  });

  it("answers in every supported style, each its own", async () => {
    const texts = await Promise.all(STYLES.map(cite));
    expect(new Set(texts).size).toBe(STYLES.length);
    for (const text of texts) expect(text).toContain("NATO");
    expect(texts[STYLES.indexOf("BIBTEX")]).toMatch(/^@misc\{/);
    expect(texts[STYLES.indexOf("BIBTEX")]).toContain(`@nato-russia/data ${datasetInfo.version}`);
  });

  it("rejects an unknown style with a GraphQL error", async () => {
    expect(await errorCodes(`{ dataset { citation(style: NOPE) } }`)).toEqual([
      "GRAPHQL_VALIDATION_FAILED",
    ]);
  });
});
