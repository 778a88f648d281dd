import { describe, expect, it } from "vitest";
import { annotateParagraph } from "./annotateParagraph";

const TEXT =
  "Although they were evolving somewhat favorably, relations between the two blocs were interrupted in 2008, when Russian troops invaded Georgia. From that point on, things continued to deteriorate (Trenin 2009).";

const interrupted = { type: "event", slug: "interrupted" };
const georgiaWar = { type: "event", slug: "georgia-war" };
const georgia = { type: "actor", slug: "georgia" };
const partnership = { type: "period", slug: "partnership" };
const RANK: Record<string, number> = { event: 0, period: 1, actor: 2 };
const rank = (record: { type: string }) => RANK[record.type]!;

const quotes = [
  { quote: "Although they were evolving somewhat favorably", record: partnership },
  { quote: "relations between the two blocs were interrupted in 2008", record: interrupted },
  {
    quote:
      "relations between the two blocs were interrupted in 2008, when Russian troops invaded Georgia",
    record: georgiaWar,
  },
  { quote: "when Russian troops invaded Georgia", record: georgia },
  { quote: "words that are not there", record: georgia },
];
const citations = [{ text: "Trenin 2009", slug: "trenin-2009" }];

describe("annotateParagraph", () => {
  const segments = annotateParagraph(TEXT, quotes, citations, rank);

  it("keeps the whole text, in order", () => {
    expect(segments.map((s) => s.text).join("")).toBe(TEXT);
  });

  it("links overlapping quotes to the most specific record, ranked types first", () => {
    const find = (words: string) => segments.find((s) => s.text === words)!;
    expect(find("relations between the two blocs were interrupted in 2008").records).toEqual([
      interrupted,
      georgiaWar,
    ]);
    // An event outranks the actor quoted with fewer words.
    expect(find("when Russian troops invaded Georgia").records).toEqual([georgiaWar, georgia]);
    const comma = segments.findIndex((s) => s.text.endsWith("2008")) + 1;
    expect(segments[comma]).toEqual({ text: ", ", records: [georgiaWar] });
    expect(find("Although they were evolving somewhat favorably").records).toEqual([partnership]);
  });

  it("marks the in-text citation, and leaves unquoted words plain", () => {
    const citation = segments.find((s) => s.citation)!;
    expect(citation.text).toBe("Trenin 2009");
    expect(citation.citation).toBe(citations[0]);
    expect(segments.find((s) => s.text.startsWith(". From that"))!.records).toEqual([]);
  });
});
