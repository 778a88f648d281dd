import { describe, expect, it } from "vitest";
import { DatasetIndex, dataset, QueryError } from "../src/index.js";
import { formatIssue } from "../src/validation/issue.js";
import { validateDataset, type RawRecords } from "../src/validation/validateDataset.js";
import { article, validFixture } from "./fixtures.js";

type Rows = Record<string, unknown>[];

/** The fixture plus a document of the record, one passage of it and an event it attests. */
function withRecordDocument(tier = "OFFICIAL"): RawRecords {
  const data = validFixture();
  (data.references as Rows).push({
    slug: "nato-1997-founding-act",
    role: "RECORD",
    tier,
    csl: {
      id: "nato-1997-founding-act",
      type: "treaty",
      author: [{ literal: "NATO" }],
      issued: { "date-parts": [[1997, 5, 27]] },
      title: "Founding Act",
      URL: "https://www.nato.int/cps/en/natohq/official_texts_25468.htm",
    },
  });
  (data.passages as Rows).push({
    slug: "founding-act-preamble",
    document: "nato-1997-founding-act",
    locator: "preamble",
    order: 1,
    text: "The parties signed the act.",
    excerpt: true,
    citations: [],
  });
  const event = structuredClone((data.events as Rows)[0]!);
  event.slug = "founding-act-signed";
  event.sources = [{ passage: "founding-act-preamble", quote: "signed the act", references: [] }];
  (data.events as Rows).push(event);
  return data;
}

const messages = (data: RawRecords) => validateDataset(data, article).issues.map(formatIssue);

describe("documents", () => {
  it("accepts a passage of a document of the record that is not in the article, and a record it attests", () => {
    expect(messages(withRecordDocument())).toEqual([]);
  });

  it.each([
    [
      "an unknown document",
      (d: RawRecords) => ((d.passages as Rows).at(-1)!.document = "nowhere-1999"),
      'passages.json: record "founding-act-preamble": document: unknown reference slug "nowhere-1999"',
    ],
    [
      "a document that is only a verification source",
      (d: RawRecords) => ((d.passages as Rows).at(-1)!.document = "trenin-2009"),
      'passages.json: record "founding-act-preamble": document: "trenin-2009" is a CITED reference; a passage\'s document must be the article (PRIMARY) or a document of the record (RECORD)',
    ],
    [
      "two passages of one document in the same place",
      (d: RawRecords) =>
        (d.passages as Rows).push({
          ...(d.passages as Rows).at(-1)!,
          slug: "founding-act-again",
        }),
      'passages.json: record "founding-act-again": order: order 1 of "nato-1997-founding-act" is also held by "founding-act-preamble"',
    ],
    [
      "a quote not in the document's passage",
      (d: RawRecords) =>
        (((d.events as Rows).at(-1)!.sources as { quote: string }[])[0]!.quote = "never signed"),
      'events.json: record "founding-act-signed": sources[0].quote: quote is not found verbatim in passage "founding-act-preamble"',
    ],
  ])("rejects %s, naming file, record and field", (_case, mutate, expected) => {
    const data = withRecordDocument();
    mutate(data);
    expect(messages(data)).toContain(expected);
  });

  it.each([
    ["an unknown event", "no-such-event", 'unknown event slug "no-such-event"'],
    [
      "a CONSISTENT event",
      "russia-invades-georgia",
      '"russia-invades-georgia" is CONSISTENT; only an IMPRECISE or DISPUTED event is corrected',
    ],
  ])("rejects a correction of %s", (_case, target, message) => {
    const data = withRecordDocument();
    (data.events as Rows).at(-1)!.corrects = target;
    expect(messages(data)).toContain(
      `events.json: record "founding-act-signed": corrects: ${message}`,
    );
  });

  it("accepts a correction of an IMPRECISE event, and links both ways in the package's data", () => {
    const data = withRecordDocument();
    const article = (data.events as Rows)[0]!;
    article.verification = {
      status: "IMPRECISE",
      note: "A detail is wrong.",
      references: ["nato-2008-nac-statement-georgia"],
    };
    (data.events as Rows).at(-1)!.corrects = article.slug;
    expect(messages(data)).toEqual([]);
    const corrections = dataset.records.events.filter((e) => e.corrects);
    expect(corrections.length).toBeGreaterThan(0);
    for (const e of corrections)
      expect(["IMPRECISE", "DISPUTED"]).toContain(
        dataset.getEvent(e.corrects!)!.verification.status,
      );
  });

  it("rejects a record attested only by documents of tiers at or below SECONDARY", () => {
    expect(messages(withRecordDocument("SECONDARY"))).toContain(
      'events.json: record "founding-act-signed": sources: needs at least one passage from a document of tier OFFICIAL, PRIMARY_DOCUMENT, NEWS_AGENCY, SCHOLARLY, REFERENCE_WORK',
    );
  });

  it("filters events by the documents that attest them, and lists a document's passages", () => {
    const { records, issues } = validateDataset(withRecordDocument(), article);
    expect(issues).toEqual([]);
    const index = new DatasetIndex(records);
    expect(index.filterEvents({ sources: ["nato-1997-founding-act"] }).map((e) => e.slug)).toEqual([
      "founding-act-signed",
    ]);
    expect(index.filterEvents({ sources: [index.source.slug] }).map((e) => e.slug)).toEqual([
      "russia-invades-georgia",
    ]);
    expect(
      index.filterEvents({ sources: [index.source.slug, "nato-1997-founding-act"] }),
    ).toHaveLength(2);
    const documents = index.documents().map((d) => d.slug);
    expect(documents[0]).toBe(index.source.slug);
    expect(documents).toContain("nato-1997-founding-act");
    expect(documents).toEqual(
      records.references
        .filter((r) => r.role === "PRIMARY" || r.role === "RECORD")
        .map((r) => r.slug),
    );
    expect(index.passagesOf("nato-1997-founding-act").map((p) => p.slug)).toEqual([
      "founding-act-preamble",
    ]);
    expect(
      index.documentsAttesting(index.getEvent("founding-act-signed")!).map((d) => d.slug),
    ).toEqual(["nato-1997-founding-act"]);
  });

  it("gives the article's view of the package's data: every event it attests", () => {
    const all = dataset.filterEvents();
    const article = dataset.filterEvents({ sources: [dataset.source.slug] });
    expect(article.map((e) => e.slug)).toEqual(
      all
        .filter((e) => dataset.documentsAttesting(e).some((d) => d.slug === dataset.source.slug))
        .map((e) => e.slug),
    );
    expect(article.length).toBeGreaterThanOrEqual(50);
    expect(dataset.filterEvents({ documentRoles: ["PRIMARY"] })).toEqual(article);
    const record = dataset
      .documents()
      .slice(1)
      .map((d) => d.slug);
    expect(dataset.filterEvents({ documentRoles: ["RECORD"] })).toEqual(
      dataset.filterEvents({ sources: record }),
    );
    // Every paragraph of the article is a passage of it, in order.
    expect(dataset.passagesOf(dataset.source.slug).map((p) => p.order)).toEqual(
      dataset.records.passages
        .filter((p) => p.document === dataset.source.slug)
        .map((p) => p.order)
        .sort((a, b) => a - b),
    );
  });

  it.each([
    [["no-such-document"], "UNKNOWN_SLUG"],
    [["trenin-2009"], "NOT_A_DOCUMENT"],
  ])("rejects sources %j with %s", (sources, code) => {
    expect(() => dataset.filterEvents({ sources })).toThrow(QueryError);
    try {
      dataset.filterEvents({ sources });
    } catch (error) {
      expect((error as QueryError).code).toBe(code);
    }
  });
});
