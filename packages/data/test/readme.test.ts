import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";
import { withFieldDocs } from "../scripts/fieldDocs.js";

it("README's field reference is generated from the current schemas", async () => {
  const url = new URL("../README.md", import.meta.url);
  const readme = readFileSync(url, "utf8");
  expect(readme, "run `pnpm --filter @nato-russia/data field-docs`").toBe(
    await withFieldDocs(readme, fileURLToPath(url)),
  );
});
