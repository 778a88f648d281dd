// The README's example queries are what dashboards copy: each must run as printed.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
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
    const { maxDepth, maxAliases, maxTokens, maxDirectives, maxCost, maxEdges, maxBodyBytes } =
      DEFAULT_LIMITS;
    for (const value of [maxDepth, maxAliases, maxTokens, maxDirectives, maxEdges])
      expect(cells).toContain(String(value));
    expect(cells).toContain(maxCost.toLocaleString("en").replace(",", " "));
    expect(cells).toContain(`${maxBodyBytes / 1000} kB`);
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
