// Writes the dataset in the formats data users already use, from the validated records, for
// both editions (full, and `facts` without the article's text): a Frictionless Data Package
// (datapackage.json + tidy CSV), NDJSON, Parquet, SQLite with full-text search, TimelineJS3
// JSON, and one schema.org JSON-LD description of them all. Run by `build` after build-raw.
import { mkdirSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { ENTITIES } from "../src/entities.js";
import { csvOf } from "./formats/csv.js";
import { datapackageOf } from "./formats/datapackage.js";
import { editionOf, type Edition } from "./formats/editions.js";
import { jsonLdOf, type BuiltFile } from "./formats/jsonld.js";
import { ndjsonFiles, ndjsonHasText } from "./formats/ndjson.js";
import { writeParquet } from "./formats/parquet.js";
import { writeSqlite } from "./formats/sqlite.js";
import { timelineOf } from "./formats/timeline.js";
import { validatedRecords } from "./validatedRecords.js";

const dist = new URL("../dist/", import.meta.url);
const records = validatedRecords();
const files: BuiltFile[] = [];

const pathOf = (path: string) => {
  const url = new URL(path, dist);
  mkdirSync(new URL(".", url), { recursive: true });
  return fileURLToPath(url);
};
const write = (path: string, text: string, encodingFormat: string, description: string) => {
  writeFileSync(pathOf(path), text);
  files.push({ path, encodingFormat, description });
};
const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

async function writeEdition(edition: Edition) {
  const { dir, name } = edition;
  const facts = name === "facts" ? " (facts edition, CC-BY-4.0)" : "";
  write(
    `${dir}datapackage.json`,
    json(datapackageOf(edition, records)),
    "application/json",
    `Frictionless Data Package v2 descriptor of the CSV tables${facts}.`,
  );
  for (const t of edition.tables) {
    write(
      `${dir}csv/${t.name}.csv`,
      csvOf(t),
      "text/csv",
      `${t.description} Tidy CSV${facts}; licence ${t.license.spdx}.`,
    );
  }
  await writeParquet(
    edition.tables.map((t) => ({
      table: t,
      csv: pathOf(`${dir}csv/${t.name}.csv`),
      parquet: pathOf(`${dir}parquet/${t.name}.parquet`),
    })),
  );
  for (const t of edition.tables) {
    files.push({
      path: `${dir}parquet/${t.name}.parquet`,
      encodingFormat: "application/vnd.apache.parquet",
      description: `${t.description} Parquet${facts}; licence ${t.license.spdx}.`,
    });
  }
  for (const [entity, text] of ndjsonFiles(name, records)) {
    const license = name === "full" && ndjsonHasText(entity) ? "CC-BY-NC-SA-4.0" : "CC-BY-4.0";
    write(
      `${dir}ndjson/${entity}.ndjson`,
      text,
      "application/x-ndjson",
      `${ENTITIES[entity].schema.description} One JSON record per line${facts}; licence ${license}.`,
    );
  }
  const sqlite = name === "full" ? "nato-russia.sqlite" : "facts/nato-russia-facts.sqlite";
  writeSqlite(pathOf(sqlite), edition.tables);
  files.push({
    path: sqlite,
    encodingFormat: "application/vnd.sqlite3",
    description: `Every table in one SQLite database with foreign keys and full-text search${facts}.`,
  });
  write(
    `${dir}timeline.json`,
    json(timelineOf(name, records)),
    "application/json",
    `TimelineJS3 timeline of the events, eras from the periods${facts}.`,
  );
}

await writeEdition(editionOf("full", records));
await writeEdition(editionOf("facts", records));
writeFileSync(pathOf("dataset.jsonld"), json(jsonLdOf(records, files)));

const size = files.reduce((sum, f) => sum + statSync(pathOf(f.path)).size, 0);
console.log(
  `formats written: ${files.length} files, ${(size / 1024).toFixed(0)} kB (${readdirSync(dist).length} entries in dist/)`,
);
