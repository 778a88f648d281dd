// The README's example queries are what dashboards copy: each must run as printed.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { MAX_QUERY_LENGTH, MAX_QUERY_WORDS } from "@nato-russia/data";
import { ENVIRONMENT } from "../src/config.js";
import { DEFAULT_LIMITS } from "../src/limits.js";
import { data, testGateway } from "./helpers.js";

const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
const examples = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1]!);

describe("README", () => {
  it("has three example queries", () => {
    expect(examples).toHaveLength(3);
  });

  it.each(examples.map((query) => [query.match(/query (\w+)/)![1]!, query]))(
    "example %s runs",
    async (_name, query) => {
      const result = await data(query);
      expect(Object.keys(result).length).toBeGreaterThan(0);
    },
  );

  // Table rows as trimmed cells, whatever padding Prettier gives them.
  const rows = readme
    .split("\n")
    .filter((line) => line.startsWith("|"))
    .map((line) =>
      line
        .split("|")
        .slice(1, -1)
        .map((cell) => cell.trim()),
    );
  const cells = new Set(rows.flat());

  it("lists the default limits", () => {
    const { maxDepth, maxAliases, maxTokens, maxDirectives, maxCost, maxItems, maxBodyBytes } =
      DEFAULT_LIMITS;
    for (const value of [maxDepth, maxAliases, maxTokens, maxDirectives, maxItems])
      expect(cells).toContain(String(value));
    expect(cells).toContain(maxCost.toLocaleString("en").replace(",", " "));
    expect(cells).toContain(`${maxBodyBytes / 1000} kB`);
    expect(cells).toContain(`${DEFAULT_LIMITS.maxResponseBytes / 1024 / 1024} MiB`);
    expect(cells).toContain(`${MAX_QUERY_LENGTH} characters, ${MAX_QUERY_WORDS} words`);
    for (const code of ["MAX_ITEMS_EXCEEDED", "RESPONSE_TOO_LARGE", "QUERY_TOO_LONG"])
      expect(cells).toContain(`\`${code}\``);
  });

  it("lists every environment variable config.ts reads, and no other", () => {
    const table = readme.slice(readme.indexOf("| Variable"));
    const documented = table
      .slice(0, table.indexOf("\n\n"))
      .split("\n")
      .map((line) => /^\| `([A-Z_]+)`/.exec(line)?.[1])
      .filter((name): name is string => Boolean(name));
    expect(documented.sort()).toEqual(Object.keys(ENVIRONMENT).sort());
  });

  it("states the status of a batched request", async () => {
    const response = await testGateway().fetch("http://localhost/graphql", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify([{ query: "{ dataset { version } }" }]),
    });
    expect(rows).toContainEqual([
      "Operations per request (batching)",
      "1",
      `HTTP ${response.status}`,
    ]);
  });
});
