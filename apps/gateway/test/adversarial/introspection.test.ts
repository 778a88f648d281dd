// Class 11: introspection stays open, and goes through the same cost accounting: GraphiQL's
// query passes, aliased copies of it are refused before they run.
import { getIntrospectionQuery } from "graphql";
import { describe, expect, it } from "vitest";
import { DEFAULT_LIMITS } from "../../src/limits.js";
import { post } from "../helpers.js";

const FULL = getIntrospectionQuery({
  descriptions: true,
  specifiedByUrl: true,
  directiveIsRepeatable: true,
  schemaDescription: true,
  inputValueDeprecation: true,
});
const body = FULL.slice(
  FULL.indexOf("__schema"),
  FULL.lastIndexOf("}", FULL.indexOf("fragment FullType")),
);

describe("introspection", () => {
  it("answers GraphiQL's full introspection query", async () => {
    const response = await post(FULL);
    expect(response.errors).toBeUndefined();
    expect(response.data.__schema.types.length).toBeGreaterThan(20);
  });

  it("refuses 15 aliased copies with MAX_COST_EXCEEDED, before running them", async () => {
    const fragments = FULL.slice(FULL.indexOf("fragment FullType"));
    const aliased = `query { ${Array.from({ length: DEFAULT_LIMITS.maxAliases }, (_, i) => `s${i}: ${body}`).join(" ")} } ${fragments}`;
    const response = await post(aliased);
    expect(response.errors?.map((e) => e.extensions?.code)).toEqual(["MAX_COST_EXCEEDED"]);
    expect(response.text.length).toBeLessThan(1000);
  });
});
