import { describe, expect, it } from "vitest";
import { passages as allPassages, references } from "../src/dataset.js";
import { normaliseForQuote } from "../src/text/fold.js";
import { article } from "./fixtures.js";

/** The body as printed: from the abstract to the reference list, without headings. */
function articleBody(): string {
  const lines = article.split("\n");
  const start = lines.indexOf("Abstract");
  const end = lines.indexOf("References");
  const headings = new Set([
    "Abstract",
    "Keywords:",
    "Presentation of the evolution of relations between NATO and Russia",
    "Conclusions",
  ]);
  return normaliseForQuote(
    lines
      .slice(start, end)
      .filter((l) => !headings.has(l.trim()))
      .join("\n"),
  );
}

// The article's own paragraphs; documents of the record keep passages of their own.
const articleSlug = references.find((r) => r.role === "PRIMARY")!.slug;
const passages = allPassages.filter((p) => p.document === articleSlug);

describe("passages", () => {
  it("reconstruct the article's body, in order, word for word", () => {
    const joined = normaliseForQuote(
      [...passages]
        .sort((a, b) => a.order - b.order)
        .map((p) => p.text)
        .join("\n\n"),
    );
    expect(joined).toBe(articleBody());
  });

  it("read as printed: no Markdown link artefacts of the source file", () => {
    expect(passages.filter((p) => /\]\(#\)/.test(p.text)).map((p) => p.slug)).toEqual([]);
    expect(passages.find((p) => p.slug === "evolution-12")!.text).toContain("(Trenin 2009)");
  });

  it("are numbered 1..n without gaps", () => {
    expect(passages.map((p) => p.order)).toEqual(passages.map((_, i) => i + 1));
  });

  it("record every in-text citation the article prints", () => {
    const printed =
      article
        .slice(0, article.indexOf("\nReferences\n"))
        .match(/\(\[?[A-Z][^()[\]]*? \d{4}\]?(?:\(#\))?\)/g) ?? [];
    const recorded = passages.flatMap((p) => p.citations);
    expect(recorded).toHaveLength(printed.length);
    expect(recorded.map((c) => c.reference)).toContain("srimbovschi-2011");
    expect(recorded.find((c) => c.text === "Srimbovschi 2011")?.reference).toBe("srimbovschi-2011");
    expect(recorded.find((c) => c.text === "Ionaşcu 2016")?.reference).toBe("ionascu-2016");
  });

  it("leave no entry of the reference list without a record", () => {
    const list = article
      .slice(article.indexOf("\nReferences\n") + 12)
      .split(/\n\s*\n/)
      .map((s) => s.trim())
      .filter(Boolean);
    const entries = references.filter((r) => r.role === "CITED").map((r) => r.entry);
    expect(entries.sort()).toEqual(list.sort());
  });
});
