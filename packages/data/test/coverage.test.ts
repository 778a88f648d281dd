import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";
import { dataset } from "../src/index.js";
import { coverageTables, withCoverageTables } from "../scripts/coverageTables.js";

it("COVERAGE.md's tables are generated from the current dataset", async () => {
  const url = new URL("../COVERAGE.md", import.meta.url);
  const text = readFileSync(url, "utf8");
  expect(text, "run `pnpm --filter @nato-russia/data coverage-docs`").toBe(
    await withCoverageTables(text, fileURLToPath(url), dataset),
  );
});

it("counts every event of the record once by kind and once by decade", () => {
  const tables = coverageTables(dataset);
  const record = dataset.filterEvents({ documentRoles: ["RECORD"] });
  const sums = tables
    .split("\n\n")
    .slice(1)
    .map((table) =>
      table
        .split("\n")
        .slice(2)
        .reduce((sum, row) => sum + Number(row.split("|")[2]), 0),
    );
  const documents = dataset.documents().filter((d) => d.role === "RECORD").length;
  expect(sums).toEqual([record.length, record.length, documents]);
  expect(record.length).toBeGreaterThan(100);
});
