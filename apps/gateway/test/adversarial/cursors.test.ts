// Class 8: every cursor the API hands out is accepted back, as `after` and as `before`,
// including those of empty pages (`first: 0`, `last: 0`, past the end).
import { describe, expect, it } from "vitest";
import { post } from "../helpers.js";

const CONNECTIONS = [
  "events",
  "actors",
  "references",
  "passages",
  'search(query: "nato")',
  'actor(slug: "russia") { events',
  'actor(slug: "nato") { events',
];
const PAGES = ["first: 0", "last: 0", "first: 1", "last: 1", "first: 100", "last: 100", "first: 5"];

function selection(connection: string, args: string): string {
  const nested = connection.includes("{");
  const [outer, inner] = nested ? connection.split(" { ") : [connection, undefined];
  const page = `edges { cursor } pageInfo { startCursor endCursor }`;
  if (inner) return `${outer} { ${inner}(${args}) { ${page} } }`;
  const [name, existing] = outer!.includes("(")
    ? [outer!.slice(0, outer!.indexOf("(")), outer!.slice(outer!.indexOf("(") + 1, -1)]
    : [outer!, ""];
  return `${name}(${[existing, args].filter(Boolean).join(", ")}) { ${page} }`;
}

function cursorsIn(value: unknown, found: Set<string>): Set<string> {
  if (Array.isArray(value)) value.forEach((v) => cursorsIn(v, found));
  else if (value && typeof value === "object")
    for (const [key, v] of Object.entries(value)) {
      if (/cursor$/i.test(key) && typeof v === "string") found.add(v);
      else cursorsIn(v, found);
    }
  return found;
}

describe("cursors", () => {
  it.each(CONNECTIONS)("of %s are all accepted back", async (connection) => {
    const emitted = new Set<string>();
    for (const page of PAGES) {
      const response = await post(`{ ${selection(connection, page)} }`);
      expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
      cursorsIn(response.data, emitted);
    }
    expect(emitted.size).toBeGreaterThan(0);
    // Each back as after and before, in one document of aliases per cursor.
    for (const cursor of emitted) {
      const [name] = selection(connection, "").split("(");
      const after = selection(connection, `first: 0, after: "${cursor}"`).replace(
        name!,
        `a: ${name}`,
      );
      const before = selection(connection, `last: 1, before: "${cursor}"`).replace(
        name!,
        `b: ${name}`,
      );
      const response = await post(`{ ${after} ${before} }`);
      expect(response.errors, `${connection} ${cursor}`).toBeUndefined();
    }
  });
});
