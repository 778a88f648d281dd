import { describe, expect, it } from "vitest";
import { formatIssue } from "../src/validation/issue.js";
import { validateDataset, type RawRecords } from "../src/validation/validateDataset.js";
import { readDataFiles } from "../src/validation/readDataFiles.js";
import { article, validFixture } from "./fixtures.js";

type Events = Record<string, unknown>[];

function messagesFor(mutate: (data: RawRecords) => void): string[] {
  const data = validFixture();
  mutate(data);
  return validateDataset(data, article).issues.map(formatIssue);
}

const event = (d: RawRecords) => (d.events as Events)[0]!;
const actor = (d: RawRecords) => (d.actors as Events)[0]!;
const period = (d: RawRecords) => (d.periods as Events)[0]!;
const reference = (d: RawRecords, slug: string) =>
  (d.references as { slug: string; tier: string; csl: { URL?: string } }[]).find(
    (r) => r.slug === slug,
  )!;
const setUrl = (url: string) => (d: RawRecords) =>
  (reference(d, "nato-topic-relations-with-russia-2014").csl.URL = url);

describe("validateDataset", () => {
  it("accepts the valid fixture", () => {
    expect(messagesFor(() => {})).toEqual([]);
  });

  it("accepts the package's own data: every rule, including countries = the STATE actors' codes", () => {
    const { raw } = readDataFiles(new URL("../", import.meta.url));
    expect(validateDataset(raw, article).issues.map(formatIssue)).toEqual([]);
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

  it.each([
    [
      "an end of another precision than stated",
      (d: RawRecords) =>
        (event(d).date = {
          start: "2008-08",
          end: "2009",
          precision: "MONTH",
          label: "August 2008",
        }),
      [
        'events.json: record "russia-invades-georgia": date.end: precision MONTH does not match end "2009"',
        'events.json: record "russia-invades-georgia": date.label: label "August 2008" does not name the end year 2009',
      ],
    ],
    [
      "a label naming a year outside start–end",
      (d: RawRecords) =>
        (event(d).date = { start: "2008-08", precision: "MONTH", label: "August 2008–March 2009" }),
      [
        'events.json: record "russia-invades-georgia": date.label: label "August 2008–March 2009" names 2009, outside the dates\' span 2008',
      ],
    ],
    [
      "a label that does not name the start year",
      (d: RawRecords) => (event(d).date = { start: "2008", precision: "YEAR", label: "2009" }),
      [
        'events.json: record "russia-invades-georgia": date.label: label "2009" names 2009, outside the dates\' span 2008',
        'events.json: record "russia-invades-georgia": date.label: label "2009" does not name the start year 2008',
      ],
    ],
    [
      "a period whose end label does not describe its dates",
      (d: RawRecords) =>
        (period(d).end = {
          start: "2014-02",
          end: "2015-03",
          precision: "MONTH",
          label: "February–March 2014",
        }),
      [
        'periods.json: record "deterioration": end.label: label "February–March 2014" does not name the end year 2015',
      ],
    ],
    [
      "a CONSISTENT note that says a part was not checked",
      (d: RawRecords) =>
        (event(d).verification = {
          status: "CONSISTENT",
          note: "Russian troops entered Georgia in August 2008; the date of withdrawal was not checked.",
          references: ["nato-2008-nac-statement-georgia"],
        }),
      [
        'events.json: record "russia-invades-georgia": verification.note: a CONSISTENT record\'s note says a part was not checked or verified: check it, or use another status',
      ],
    ],
    [
      "a CONSISTENT note that says a part could not be verified",
      (d: RawRecords) =>
        (actor(d).verification = {
          status: "CONSISTENT",
          note: "The capital could not be verified.",
          references: ["nato-2008-nac-statement-georgia"],
        }),
      [
        'actors.json: record "russia": verification.note: a CONSISTENT record\'s note says a part was not checked or verified: check it, or use another status',
      ],
    ],
    [
      "a CONSISTENT record resting only on a SECONDARY source",
      (d: RawRecords) =>
        (event(d).verification = { status: "CONSISTENT", references: ["mrspencer-cold-war"] }),
      [
        'events.json: record "russia-invades-georgia": verification.references: a CONSISTENT record needs at least one verification reference of tier OFFICIAL, PRIMARY_DOCUMENT, NEWS_AGENCY, SCHOLARLY, REFERENCE_WORK (has only SECONDARY)',
      ],
    ],
    [
      "an IMPRECISE record with no verification reference",
      (d: RawRecords) =>
        (period(d).verification = { status: "IMPRECISE", note: "Vague.", references: [] }),
      [
        'periods.json: record "deterioration": verification.references: a IMPRECISE record needs at least one verification reference of tier OFFICIAL, PRIMARY_DOCUMENT, NEWS_AGENCY, SCHOLARLY, REFERENCE_WORK',
      ],
    ],
    [
      "a DISPUTED actor resting only on mirrors and state media",
      (d: RawRecords) =>
        (actor(d).verification = {
          status: "DISPUTED",
          note: "Contradicted.",
          references: ["omniatlas-end-of-warsaw-pact", "pravda-founding-act-five-years"],
        }),
      [
        'actors.json: record "russia": verification.references: a DISPUTED record needs at least one verification reference of tier OFFICIAL, PRIMARY_DOCUMENT, NEWS_AGENCY, SCHOLARLY, REFERENCE_WORK (has only MIRROR, STATE_MEDIA)',
      ],
    ],
    [
      "a URL with a session id",
      setUrl("http://www.nato.int/cps/en/SID-66A2AE97-CDDF568B/natolive/topics_50090.htm"),
      [
        'references.json: record "nato-topic-relations-with-russia-2014": csl.URL: URL carries a session id; cite the address without it',
      ],
    ],
    [
      "a URL with a jsessionid",
      setUrl("https://www.nato.int/cps/en/natohq/topics_50090.htm;jsessionid=0A1B2C3D"),
      [
        'references.json: record "nato-topic-relations-with-russia-2014": csl.URL: URL carries a session id; cite the address without it',
      ],
    ],
    [
      "a URL with a sid parameter",
      setUrl("https://www.nato.int/cps/en/natohq/topics_50090.htm?sid=12345"),
      [
        'references.json: record "nato-topic-relations-with-russia-2014": csl.URL: URL carries a session id; cite the address without it',
      ],
    ],
    [
      "a URL with a locale parameter",
      setUrl("https://www.nato.int/cps/ru/natohq/topics_50090.htm?selectedLocale=en"),
      [
        'references.json: record "nato-topic-relations-with-russia-2014": csl.URL: URL carries tracking parameter(s) selectedLocale; cite the address without them',
      ],
    ],
    [
      "a URL with utm_ and click-id parameters",
      setUrl(
        "https://www.nato.int/cps/en/natohq/topics_50090.htm?utm_source=x&id=1&fbclid=abc&gclid=def",
      ),
      [
        'references.json: record "nato-topic-relations-with-russia-2014": csl.URL: URL carries tracking parameter(s) utm_source, fbclid, gclid; cite the address without them',
      ],
    ],
    [
      "countries naming a state that is not a party",
      (d: RawRecords) => (event(d).countries = ["RU", "GE", "FR"]),
      [
        'events.json: record "russia-invades-georgia": countries: must be exactly the ISO codes of the event\'s STATE actors: expected [GE, RU], found [RU, GE, FR]',
      ],
    ],
    [
      "countries missing a STATE actor's code",
      (d: RawRecords) => (event(d).countries = ["RU"]),
      [
        'events.json: record "russia-invades-georgia": countries: must be exactly the ISO codes of the event\'s STATE actors: expected [GE, RU], found [RU]',
      ],
    ],
  ])("rejects %s with a message naming file, record and field", (_case, mutate, expected) => {
    const messages = messagesFor(mutate);
    for (const message of expected) expect(messages).toContain(message);
    expect(messages.length).toBeGreaterThan(0);
  });

  it("rejects an actor without verification and a reference without tier", () => {
    const messages = messagesFor((d) => {
      delete actor(d).verification;
      delete (reference(d, "trenin-2009") as { tier?: string }).tier;
    });
    expect(messages.join("\n")).toMatch(/^actors\.json: record "russia": verification: /m);
    expect(messages.join("\n")).toMatch(/^references\.json: record "trenin-2009": tier: /m);
  });

  it("accepts labels that describe their span, UNVERIFIED records without sources, NON_INTERACTION", () => {
    const messages = messagesFor((d) => {
      event(d).date = {
        start: "2008-08",
        end: "2009-03",
        precision: "MONTH",
        label: "August 2008–March 2009",
      };
      event(d).relation = "NON_INTERACTION";
      const { sources, verification } = period(d);
      (d.periods as Events)[0] = {
        slug: "deterioration",
        name: "Deterioration",
        summary: "Relations worsen.",
        start: { start: "1990", precision: "DECADE", label: "1990s" },
        end: { start: "2014-02", end: "2014-03", precision: "MONTH", label: "February–March 2014" },
        sources,
        verification,
      };
      actor(d).verification = {
        status: "UNVERIFIED",
        note: "No source was found.",
        references: [],
      };
      reference(d, "nato-topic-relations-with-russia-2014").csl.URL =
        "https://www.nato.int/cps/en/natohq/topics_50090.htm?id=1";
    });
    expect(messages).toEqual([]);
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
