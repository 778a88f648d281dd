import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";
import { dataset } from "../src/index.js";
import { SOURCE_TIERS } from "../src/schema/reference.js";
import { withFieldDocs } from "../scripts/fieldDocs.js";

it("README's field reference is generated from the current schemas", async () => {
  const url = new URL("../README.md", import.meta.url);
  const readme = readFileSync(url, "utf8");
  expect(readme, "run `pnpm --filter @nato-russia/data field-docs`").toBe(
    await withFieldDocs(readme, fileURLToPath(url)),
  );
});

/** The README's table rows whose first cell is `first`, as numbers. */
function row(readme: string, first: string): number[] {
  const line = readme.split("\n").find((l) => l.replace(/\s+/g, " ").startsWith(`| ${first} |`));
  if (!line) throw new Error(`README has no row "${first}"`);
  return line
    .split("|")
    .slice(2, -1)
    .map((cell) => Number(cell.trim()));
}

it("README's status and tier tables are today's counts", () => {
  const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
  const statuses = ["CONSISTENT", "IMPRECISE", "DISPUTED", "UNVERIFIED"];
  const checked = {
    events: dataset.records.events,
    actors: dataset.records.actors,
    periods: dataset.records.periods,
    positions: dataset.records.positions,
  };
  for (const [name, records] of Object.entries(checked)) {
    expect(row(readme, name), name).toEqual(
      statuses.map((s) => records.filter((r) => r.verification.status === s).length),
    );
  }
  const cited = new Set(
    Object.values(checked).flatMap((records) => records.flatMap((r) => r.verification.references)),
  );
  const references = dataset.records.references;
  for (const tier of SOURCE_TIERS) {
    const now = row(readme, `\`${tier}\``).slice(2);
    expect(now, tier).toEqual([
      references.filter((r) => r.tier === tier).length,
      references.filter((r) => r.tier === tier && cited.has(r.slug)).length,
    ]);
  }
  expect(row(readme, "total").slice(2)).toEqual([references.length, cited.size]);
});

it("README's Formats section names every table and every kind of file the build writes", () => {
  const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
  const formats = readme.slice(readme.indexOf("## Formats"), readme.indexOf("## API"));
  const descriptor = JSON.parse(
    readFileSync(new URL("../dist/datapackage.json", import.meta.url), "utf8"),
  ) as { resources: { name: string }[] };
  for (const { name } of descriptor.resources) expect(formats, name).toContain(`\`${name}\``);
  for (const file of [
    "datapackage.json",
    "csv/<table>.csv",
    "parquet/<table>.parquet",
    "ndjson/<entity>.ndjson",
    "nato-russia.sqlite",
    "timeline.json",
    "dataset.jsonld",
    "facts/",
  ])
    expect(formats, file).toContain(file);
});
