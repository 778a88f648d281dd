import { describe, expect, it } from "vitest";
import { highlightWords } from "./highlightWords";

const marked = (text: string, query: string) =>
  highlightWords(text, query)
    .filter((run) => run.hit)
    .map((run) => run.text);

describe("highlightWords", () => {
  it("marks each word of the query, ignoring case and accents", () => {
    expect(marked("Ionașcu 2016 on NATO", "ionascu nato")).toEqual(["Ionașcu", "NATO"]);
  });

  it("marks a word's start, not the middle of another word", () => {
    expect(marked("Vilnius summit in Vilnius", "vil")).toEqual(["Vil", "Vil"]);
    expect(marked("Pavilnius", "vil")).toEqual([]);
  });

  it("keeps the whole text", () => {
    const text = "NATO Vilnius Summit";
    expect(
      highlightWords(text, "summit")
        .map((r) => r.text)
        .join(""),
    ).toBe(text);
  });
});
