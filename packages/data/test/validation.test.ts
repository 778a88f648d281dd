import { describe, expect, it } from "vitest";
import { formatIssue } from "../src/validation/issue.js";
import { validateDataset, type RawRecords } from "../src/validation/validateDataset.js";
import { article, validFixture } from "./fixtures.js";

type Events = Record<string, unknown>[];

function messagesFor(mutate: (data: RawRecords) => void): string[] {
  const data = validFixture();
  mutate(data);
  return validateDataset(data, article).issues.map(formatIssue);
}

const event = (d: RawRecords) => (d.events as Events)[0]!;

describe("validateDataset", () => {
  it("accepts the valid fixture", () => {
    expect(messagesFor(() => {})).toEqual([]);
  });

  it.each([
    [
      "a duplicate slug",
      (d: RawRecords) => (d.events as Events).push(structuredClone(event(d))),
      'events.json: record "russia-invades-georgia": slug: duplicate slug',
    ],
    [
      "an unknown actor",
      (d: RawRecords) => ((event(d).actors as { actor: string }[])[1]!.actor = "atlantis"),
      'events.json: record "russia-invades-georgia": actors[1].actor: unknown actor slug "atlantis"',
    ],
    [
      "an unknown reference",
      (d: RawRecords) =>
        ((event(d).sources as { references: string[] }[])[0]!.references = ["nobody-1999"]),
      'events.json: record "russia-invades-georgia": sources[0].references[0]: unknown reference slug "nobody-1999"',
    ],
    [
      "an unknown passage",
      (d: RawRecords) => ((event(d).sources as { passage: string }[])[0]!.passage = "evolution-99"),
      'events.json: record "russia-invades-georgia": sources[0].passage: unknown passage slug "evolution-99"',
    ],
    [
      "an unknown period",
      (d: RawRecords) => (event(d).period = "golden-age"),
      'events.json: record "russia-invades-georgia": period: unknown period slug "golden-age"',
    ],
    [
      "an unknown theme",
      (d: RawRecords) => (event(d).themes = ["space-race"]),
      'events.json: record "russia-invades-georgia": themes[0]: unknown theme slug "space-race"',
    ],
    [
      "an impossible date",
      (d: RawRecords) =>
        (event(d).date = { start: "2023-02-30", precision: "DAY", label: "30 February 2023" }),
      'events.json: record "russia-invades-georgia": date.start: is not a real calendar date',
    ],
    [
      "an end before its start",
      (d: RawRecords) =>
        (event(d).date = {
          start: "2008-08",
          end: "2008-07",
          precision: "MONTH",
          label: "August 2008",
        }),
      'events.json: record "russia-invades-georgia": date.end: end "2008-07" is before start "2008-08"',
    ],
    [
      "a precision that does not match the date",
      (d: RawRecords) => (event(d).date = { start: "2008", precision: "DAY", label: "2008" }),
      'events.json: record "russia-invades-georgia": date.precision: precision DAY does not match start "2008"',
    ],
    [
      "a quote not found in its passage",
      (d: RawRecords) =>
        ((event(d).sources as { quote: string }[])[0]!.quote = "Russian troops liberated Georgia"),
      'events.json: record "russia-invades-georgia": sources[0].quote: quote is not found verbatim in passage "evolution-12"',
    ],
    [
      "a passage whose text is not in the article",
      (d: RawRecords) => ((d.passages as { text: string }[])[0]!.text += " An invented sentence."),
      'passages.json: record "abstract": text: text is not found in the article',
    ],
    [
      "a citation resolved to the wrong reference",
      (d: RawRecords) =>
        ((d.passages as { slug: string; citations: { reference: string }[] }[]).find(
          (p) => p.slug === "evolution-12",
        )!.citations[0]!.reference = "chifu-2022"),
      'passages.json: record "evolution-12": citations[0].reference: "Trenin 2009" resolves to "trenin-2009", not "chifu-2022"',
    ],
    [
      "an IMPRECISE record without a note",
      (d: RawRecords) => (event(d).verification = { status: "IMPRECISE", references: [] }),
      'events.json: record "russia-invades-georgia": verification.note: a IMPRECISE record needs a note',
    ],
  ])("rejects %s with a message naming file, record and field", (_case, mutate, message) => {
    expect(messagesFor(mutate)).toContain(message);
  });

  it("accepts a quote that differs only in whitespace and typographic quotes", () => {
    const messages = messagesFor((d) => {
      (event(d).sources as { passage: string; quote: string }[])[0] = {
        passage: "evolution-15",
        quote: "The Russian president believes that the “red line”   he established",
      } as never;
      (event(d).sources as { references: string[] }[])[0]!.references = [];
    });
    expect(messages).toEqual([]);
  });

  it("reports a record not in canonical form", () => {
    const messages = messagesFor((d) => {
      const e = event(d);
      delete e.countries;
    });
    expect(messages.join("\n")).toMatch(/russia-invades-georgia.*canonical form/);
  });
});
