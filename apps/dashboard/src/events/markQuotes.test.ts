import { describe, expect, it } from "vitest";
import { markQuotes, quotesNotIn } from "./markQuotes";

const PASSAGE =
  "Although they were evolving somewhat favorably, relations between the two blocs were interrupted in 2008, when Russian troops invaded Georgia. From that point on, things continued to deteriorate (Trenin 2009).";

describe("markQuotes", () => {
  it("marks every quote where it stands", () => {
    const runs = markQuotes(PASSAGE, [
      "From that point on, things continued to deteriorate",
      "relations between the two blocs were interrupted in 2008",
    ]);
    expect(runs.filter((run) => run.quoted).map((run) => run.text)).toEqual([
      "relations between the two blocs were interrupted in 2008",
      "From that point on, things continued to deteriorate",
    ]);
    expect(runs.map((run) => run.text).join("")).toBe(PASSAGE);
  });

  it("marks overlapping quotes as one run", () => {
    const runs = markQuotes("one two three four", ["one two", "two three"]);
    expect(runs).toEqual([
      { text: "one two three", quoted: true },
      { text: " four", quoted: false },
    ]);
  });

  it("names the quotes it cannot find", () => {
    expect(quotesNotIn(PASSAGE, ["Georgia", "Ukraine"])).toEqual(["Ukraine"]);
    expect(markQuotes("abc", ["xyz"])).toEqual([{ text: "abc", quoted: false }]);
  });
});
