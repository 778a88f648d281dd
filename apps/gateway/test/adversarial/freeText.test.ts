// Class 2: unbounded free text. Every free-text input (read from the schema: String arguments
// and input fields named `text` or `query`) is capped in characters and in words, counted after
// Unicode normalisation, with QUERY_TOO_LONG; the cap is what keeps one request from holding
// the event loop (test/slow/fuzz.test.ts measures that).
import { MAX_QUERY_LENGTH, MAX_QUERY_WORDS } from "@nato-russia/data";
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isNonNullType,
  isObjectType,
  type GraphQLEnumType,
} from "graphql";
import { describe, expect, it } from "vitest";
import { schema } from "../../src/schema/index.js";
import { post } from "../helpers.js";

const FREE_TEXT = new Set(["text", "query"]);

/** Each free-text input as an operation taking it in `$t`. */
function freeTextOperations(): { where: string; query: string }[] {
  const operations: { where: string; query: string }[] = [];
  const queryType = schema.getQueryType()!;
  for (const field of Object.values(queryType.getFields())) {
    for (const arg of field.args) {
      const named = getNamedType(arg.type);
      if (FREE_TEXT.has(arg.name) && named.name === "String") {
        operations.push({
          where: `Query.${field.name}(${arg.name})`,
          query: `query ($t: String!) { ${field.name}(${arg.name}: $t) { totalCount } }`,
        });
      }
      if (!isInputObjectType(named)) continue;
      for (const input of Object.values(named.getFields())) {
        if (!FREE_TEXT.has(input.name) || getNamedType(input.type).name !== "String") continue;
        const returns = getNamedType(field.type);
        const selection =
          isObjectType(returns) && returns.getFields().totalCount
            ? "{ totalCount }"
            : "{ __typename }";
        // Other required arguments (eventStats' groupBy) take their first enum value.
        const others = field.args
          .filter((a) => a !== arg && isNonNullType(a.type) && isEnumType(getNamedType(a.type)))
          .map(
            (a) => `, ${a.name}: ${(getNamedType(a.type) as GraphQLEnumType).getValues()[0]!.name}`,
          )
          .join("");
        operations.push({
          where: `Query.${field.name}(${arg.name}.${input.name})`,
          query: `query ($t: String!) { ${field.name}(${arg.name}: { ${input.name}: $t }${others}) ${selection} }`,
        });
      }
    }
  }
  return operations;
}

const operations = freeTextOperations();

describe("free-text inputs", () => {
  it("are found in the schema: search, the event filter and the actor filter at least", () => {
    const where = operations.map((o) => o.where);
    expect(where).toEqual(
      expect.arrayContaining([
        "Query.search(query)",
        "Query.events(filter.text)",
        "Query.actors(filter.text)",
      ]),
    );
  });

  const cases: [string, string, boolean][] = [
    ["45,000 one-letter words", "a ".repeat(45_000), false],
    [
      `${MAX_QUERY_WORDS + 1} words`,
      Array.from({ length: MAX_QUERY_WORDS + 1 }, () => "nato").join(" "),
      false,
    ],
    [`${MAX_QUERY_LENGTH + 1} characters`, "n".repeat(MAX_QUERY_LENGTH + 1), false],
    [
      "letters that normalise into more words (⒜ becomes (a))",
      "⒜".repeat(MAX_QUERY_WORDS + 1),
      false,
    ],
    ["characters that normalise past the length (ﷺ is 18 characters)", "ﷺ".repeat(12), false],
    [
      `${MAX_QUERY_WORDS} words`,
      Array.from({ length: MAX_QUERY_WORDS }, () => "nato").join(" "),
      true,
    ],
  ];

  it.each(cases)("%s", async (_name, text, accepted) => {
    for (const { where, query } of operations) {
      const response = await post(query, { t: text });
      const codes = response.errors?.map((e) => e.extensions?.code) ?? [];
      if (accepted) expect(codes, where).not.toContain("QUERY_TOO_LONG");
      else {
        expect(codes, where).toEqual(["QUERY_TOO_LONG"]);
        // The error names the limit, not the input.
        expect(response.text.length, where).toBeLessThan(600);
      }
    }
  });
});
