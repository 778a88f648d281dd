import { dataset } from "@nato-russia/data";
import { describe, expect, it } from "vitest";
import { formatCitation } from "../src/citations.js";
import { data } from "./helpers.js";

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
