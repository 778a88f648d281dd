// Writes the raw files shipped as subpath exports: dist/json/<entity>.json,
// dist/references.csl.json and dist/schema/<entity>.schema.json (generated from the zod schemas).
import { mkdirSync, writeFileSync } from "node:fs";
import { z } from "zod";
import { ENTITIES, ENTITY_NAMES } from "../src/entities.js";
import { validatedRecords } from "./validatedRecords.js";

const pkgDir = new URL("../", import.meta.url);
const dist = new URL("dist/", pkgDir);
const records = validatedRecords();

const write = (path: string, text: string) => {
  const url = new URL(path, dist);
  mkdirSync(new URL(".", url), { recursive: true });
  writeFileSync(url, text);
};
const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

for (const name of ENTITY_NAMES) {
  write(`json/${name}.json`, json(records[name]));
  const schema = z.toJSONSchema(z.array(ENTITIES[name].schema), {
    io: "output",
    unrepresentable: "any",
  });
  write(`schema/${name}.schema.json`, json({ ...schema, title: `@nato-russia/data ${name}` }));
}
write("references.csl.json", json(records.references.map((r) => r.csl)));
console.log(`raw files written for ${ENTITY_NAMES.length} entities`);
// The CSV, Parquet, SQLite and other formats: scripts/build-formats.ts.
