// Regenerates the coverage tables in COVERAGE.md from the dataset.
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { dataset } from "../src/index.js";
import { withCoverageTables } from "./coverageTables.js";

const url = new URL("../COVERAGE.md", import.meta.url);
const text = readFileSync(url, "utf8");
writeFileSync(url, await withCoverageTables(text, fileURLToPath(url), dataset));
console.log("COVERAGE.md tables regenerated.");
