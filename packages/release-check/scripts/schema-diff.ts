// Prints the schema changes since the last release, classified by graphql-inspector.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { CURRENT_SCHEMA, RELEASED_SCHEMA, repoRoot } from "../src/paths.js";
import { diffSchemas, formatSchemaDiff } from "../src/schemaDiff.js";

const [before = join(repoRoot, RELEASED_SCHEMA), after = join(repoRoot, CURRENT_SCHEMA)] =
  process.argv.slice(2);
const d = await diffSchemas(readFileSync(before, "utf8"), readFileSync(after, "utf8"));
console.log(formatSchemaDiff(d));
