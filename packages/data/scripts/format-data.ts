// Rewrites data/*.json in canonical form: keys in schema order, defaults filled in.
// Records that do not parse are left as they are, so nothing is lost.
import { writeFileSync } from "node:fs";
import { ENTITIES, ENTITY_NAMES } from "../src/entities.js";
import { readDataFiles } from "../src/validation/readDataFiles.js";

const dir = new URL("../", import.meta.url);
const { raw } = readDataFiles(dir);
for (const name of ENTITY_NAMES) {
  const list = raw[name];
  if (!Array.isArray(list) || list.length === 0) continue;
  const { schema, file } = ENTITIES[name];
  const out = list.map((r) => {
    const res = schema.safeParse(r);
    return res.success ? res.data : r;
  });
  writeFileSync(new URL(`data/${file}`, dir), `${JSON.stringify(out, null, 2)}\n`);
}
console.log("data/*.json formatted.");
