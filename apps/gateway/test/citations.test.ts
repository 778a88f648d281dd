import { dataset, datasetCitation } from "@nato-russia/data";
import { describe, expect, it } from "vitest";
import { formatCitation, formatDatasetCitation } from "../src/citations.js";
import { data, errorCodes } from "./helpers.js";

const cite = async (slug: string, style?: string) => {
  const args = style ? `(style: ${style})` : "";
  return (await data(`{ reference(slug: "${slug}") { citation${args} } }`)).reference
    .citation as string;
};

describe("Reference.citation", () => {
  it("defaults to APA", async () => {
    expect(await cite("trenin-2009")).toBe(
      "Trenin, D. (2009). NATO and Russia: Partnership or Peril? Current History, 108(720), 299–303. https://carnegieendowment.org/posts/2009/10/nato-and-russia-partnership-or-peril",
    );
    expect(await cite("trenin-2009", "APA")).toBe(await cite("trenin-2009"));
  });

  it("formats Chicago author-date, the journal's own style", async () => {
    expect(await cite("trenin-2009", "CHICAGO")).toBe(
      "Trenin, Dmitri. 2009. “NATO and Russia: Partnership or Peril?” Current History 108 (720): 299–303. https://carnegieendowment.org/posts/2009/10/nato-and-russia-partnership-or-peril.",
    );
  });

  it("formats Harvard", async () => {
    expect(await cite("trenin-2009", "HARVARD")).toBe(
      "Trenin, D. (2009) “NATO and Russia: Partnership or Peril?,” Current History, 108(720), pp. 299–303. Available at: https://carnegieendowment.org/posts/2009/10/nato-and-russia-partnership-or-peril (Accessed: November 29, 2026).",
    );
  });

  it("formats MLA", async () => {
    expect(await cite("trenin-2009", "MLA")).toBe(
      "Trenin, Dmitri. “NATO and Russia: Partnership or Peril?” Current History, vol. 108, no. 720, Oct. 2009, pp. 299–303, https://carnegieendowment.org/posts/2009/10/nato-and-russia-partnership-or-peril.",
    );
  });

  it("formats Vancouver without the list number", async () => {
    expect(await cite("trenin-2009", "VANCOUVER")).toBe(
      "Trenin D. NATO and Russia: Partnership or Peril? Current History [Internet]. 2009 Oct [cited 2026 Nov 29];108(720):299–303. Available from: https://carnegieendowment.org/posts/2009/10/nato-and-russia-partnership-or-peril",
    );
  });

  it("formats BibTeX", async () => {
    const bibtex = await cite("trenin-2009", "BIBTEX");
    expect(bibtex).toMatch(/^@article\{Trenin2009/);
    expect(bibtex).toContain("author = {Trenin, Dmitri}");
    expect(bibtex.trim().endsWith("}")).toBe(true);
  });

  it("keeps diacritics", async () => {
    expect(await cite("srimbovschi-2011", "CHICAGO")).toMatch(/^Srîmbovschi, Sabrina\. 2011\./);
    expect(await cite("ionascu-2016", "APA")).toMatch(/^Ionașcu|^Ionaşcu/);
  });

  it("formats every reference in every style", async () => {
    const styles = ["APA", "CHICAGO", "HARVARD", "MLA", "VANCOUVER", "BIBTEX"] as const;
    for (const reference of dataset.records.references) {
      for (const style of styles)
        expect(
          (await formatCitation(reference, style)).length,
          `${reference.slug} ${style}`,
        ).toBeGreaterThan(10);
    }
  });

  it("memoises each (reference, style)", () => {
    const reference = dataset.getReference("trenin-2009")!;
    expect(formatCitation(reference, "MLA")).toBe(formatCitation(reference, "MLA"));
  });
});

describe("Dataset.citation", () => {
  const citeView = async (args: string) =>
    (await data(`{ dataset { version citation${args} } }`)).dataset as {
      version: string;
      citation: string;
    };

  it("cites the dataset with its version, the view's events, its URL and the day it was read", async () => {
    const { version, citation } = await citeView(
      `(style: APA, filter: { from: "2014", to: "2022", actors: ["russia"] }, url: "https://example.org/?from=2014&to=2022&actor=russia", accessed: "2026-03-05")`,
    );
    expect(citation).toContain("NATO–Russia relations dataset: events from 2014 to 2022");
    expect(citation).toContain(`actors: ${dataset.getActor("russia")!.name}`);
    expect(citation).toContain(`(${version})`);
    expect(citation).toContain("https://example.org/?from=2014&to=2022&actor=russia");
    expect(citation).toMatch(/March 5, 2026/);
  });

  it("formats in each style, BibTeX as an entry", async () => {
    const args = `(filter: { from: "2014", to: "2022" }, accessed: "2026-03-05", url: "https://example.org/")`;
    const apa = (await citeView(`(style: APA, ${args.slice(1)}`)).citation;
    const chicago = (await citeView(`(style: CHICAGO, ${args.slice(1)}`)).citation;
    const bibtex = (await citeView(`(style: BIBTEX, ${args.slice(1)}`)).citation;
    expect(chicago).not.toBe(apa);
    expect(bibtex).toMatch(/^@\w+\{/);
    expect(bibtex).toContain("events from 2014 to 2022");
  });

  it("names the whole dataset without a filter", async () => {
    const { citation } = await citeView("");
    expect(citation).toContain("NATO–Russia relations dataset");
    expect(citation).not.toContain("events");
  });

  it.each([
    ['accessed: "yesterday"', "BAD_USER_INPUT"],
    ['accessed: "2026-02-30"', "BAD_USER_INPUT"],
    ['url: "javascript:alert(1)"', "BAD_USER_INPUT"],
    ['filter: { from: "2022", to: "2014" }', "BAD_RANGE"],
    ['filter: { actors: ["nobody"] }', "UNKNOWN_SLUG"],
  ])("refuses %s with %s", async (arg, code) => {
    expect(await errorCodes(`{ dataset { citation(${arg}) } }`)).toEqual([code]);
  });
});

describe("citations asked at once", () => {
  it("are formatted one per turn of the event loop, so other requests are not held back", async () => {
    let turns = 0;
    let counting = true;
    const count = () => {
      turns++;
      if (counting) setImmediate(count);
    };
    setImmediate(count);
    // Views of the dataset are formatted afresh each time (nothing is memoised for them).
    const citations = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        formatDatasetCitation(datasetCitation, "APA", { scope: `view ${i}` }),
      ),
    );
    counting = false;
    expect(new Set(citations).size).toBe(50);
    expect(turns).toBeGreaterThanOrEqual(50);
  });
});
