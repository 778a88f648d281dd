// Regenerates the field reference in README.md from the zod schemas.
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { withFieldDocs } from "./fieldDocs.js";

const url = new URL("../README.md", import.meta.url);
writeFileSync(url, await withFieldDocs(readFileSync(url, "utf8"), fileURLToPath(url)));
console.log("README.md field reference regenerated.");
