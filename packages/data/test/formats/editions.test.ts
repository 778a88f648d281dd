// The facts edition holds none of the article's text, so a commercial user can take all of it;
// the JSON-LD lists every file; the TimelineJS file has the right dates.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import pkg from "../../package.json" with { type: "json" };
import { records } from "../../src/dataset.js";
import { distPath, readJson } from "./built.js";

const filesUnder = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) =>
    statSync(join(dir, f)).isDirectory() ? filesUnder(join(dir, f)) : [join(dir, f)],
  );

describe("facts edition", () => {
  const files = filesUnder(distPath("facts"));
  // Long enough to be the article's words and not a title the project wrote.
  // The article's passages, and the quotes taken from them (documents of the record are quoted
  // in the project's own notes too, as any source is).
  const article = records.references.find((r) => r.role === "PRIMARY")!.slug;
  const ofArticle = new Set(
    records.passages.filter((p) => p.document === article).map((p) => p.slug),
  );
  const excerpts = [
    ...records.passages.filter((p) => ofArticle.has(p.slug)).map((p) => p.text.slice(20, 100)),
    ...records.events
      .flatMap((e) => e.sources.filter((s) => ofArticle.has(s.passage)).map((s) => s.quote))
      .filter((q) => q.length > 60),
  ];

  it("contains no passage and no quote of the article, in any file", () => {
    expect(files.length).toBeGreaterThan(40);
    for (const file of files.filter((f) => !f.endsWith(".parquet") && !f.endsWith(".sqlite"))) {
      const text = readFileSync(file, "utf8");
      for (const excerpt of excerpts)
        expect(text.includes(excerpt), `${file}: "${excerpt}"`).toBe(false);
    }
  });

  it("while the full edition has them", () => {
    const csv =
      readFileSync(distPath("csv/passages.csv"), "utf8") +
      readFileSync(distPath("csv/sources.csv"), "utf8");
    const text = csv.replace(/""/g, '"'); // CSV doubles the quotes inside a quoted cell
    for (const excerpt of excerpts) expect(text).toContain(excerpt);
  });
});

describe("dataset.jsonld", () => {
  type JsonLd = {
    "@type": string;
    version: string;
    license: string[];
    distribution: { name: string; contentUrl: string }[];
  };
  const ld = readJson<JsonLd>("dataset.jsonld");

  it("is a schema.org Dataset of this version, under both licences", () => {
    expect(ld["@type"]).toBe("Dataset");
    expect(ld.version).toBe(pkg.version);
    expect(ld.license).toEqual([
      "https://creativecommons.org/licenses/by/4.0/",
      "https://creativecommons.org/licenses/by-nc-sa/4.0/",
    ]);
  });

  it("lists every file of the formats, each of which exists", () => {
    const names = ld.distribution.map((d) => d.name);
    for (const name of names) expect(statSync(distPath(name)).size, name).toBeGreaterThan(0);
    const built = ["csv", "parquet", "ndjson", "facts"].flatMap((d) =>
      filesUnder(distPath(d)).map((f) => f.slice(distPath("").length)),
    );
    expect(names.sort()).toEqual(expect.arrayContaining(built.sort()));
    expect(names).toContain("nato-russia.sqlite");
    expect(ld.distribution[0]?.contentUrl).toMatch(
      `https://cdn.jsdelivr.net/npm/@nato-russia/data@${pkg.version}/dist/`,
    );
  });
});

describe("timeline.json", () => {
  type Slide = {
    unique_id: string;
    display_date: string;
    start_date: Record<string, unknown>;
    end_date?: Record<string, unknown>;
    group?: string;
    media?: { credit: string };
  };
  const timeline = readJson<{ events: Slide[]; eras: unknown[] }>("timeline.json");
  const slide = (slug: string) => timeline.events.find((e) => e.unique_id === slug)!;

  it("has a slide per event, dated at the event's precision", () => {
    expect(timeline.events).toHaveLength(records.events.length);
    for (const event of records.events) {
      const { start_date, display_date } = slide(event.slug);
      const parts = {
        DAY: ["year", "month", "day"],
        MONTH: ["year", "month"],
        YEAR: ["year"],
        DECADE: ["year"],
      }[event.date.precision];
      expect(Object.keys(start_date), event.slug).toEqual(parts);
      expect(display_date).toBe(event.date.label);
    }
    expect(timeline.eras).toHaveLength(records.periods.length);
    expect(slide("russia-annexes-crimea").media?.credit).toMatch(/^Manolache \(2023\), ¶\d+$/);
  });
});
