// Bad input gets a GraphQL error with extensions.code: never a 500, never a stack trace.
import { describe, expect, it } from "vitest";
import { createGateway } from "../src/createGateway.js";
import { errorCodes, expectClientError, post } from "./helpers.js";

const encode = (text: string) => Buffer.from(text).toString("base64");

describe("connection arguments", () => {
  it.each([
    ["first below 0", "first: -1"],
    ["first above 100", "first: 101"],
    ["last below 0", "last: -1"],
    ["last above 100", "last: 1000"],
    ["first and last together", "first: 5, last: 5"],
  ])("rejects %s with BAD_USER_INPUT", async (_name, args) => {
    expect(await errorCodes(`{ events(${args}) { totalCount } }`)).toEqual(["BAD_USER_INPUT"]);
    expect(
      await errorCodes(`{ actor(slug: "russia") { events(${args}) { totalCount } } }`),
    ).toEqual(["BAD_USER_INPUT"]);
  });

  it.each([
    ["garbage", "not a cursor"],
    ["base64 of something else", encode("Event:russia-invades-georgia")],
    ["an offset that is not a number", encode("OffsetConnection:abc")],
    ["a negative offset", encode("OffsetConnection:-1")],
  ])("rejects a malformed cursor (%s) with INVALID_CURSOR", async (_name, cursor) => {
    expect(
      await errorCodes(`query ($c: String) { events(after: $c) { totalCount } }`, { c: cursor }),
    ).toEqual(["INVALID_CURSOR"]);
    expect(
      await errorCodes(`query ($c: String) { search(query: "nato", before: $c) { totalCount } }`, {
        c: cursor,
      }),
    ).toEqual(["INVALID_CURSOR"]);
  });
});

describe("global IDs", () => {
  it.each([
    ["garbage", "%%%"],
    ["base64 without a type", encode("russia")],
    ["a type that is not a node", encode("Query:russia")],
    ["a type that does not exist", encode("Nope:russia")],
    ["an empty slug", encode("Event:")],
  ])("rejects %s with BAD_USER_INPUT", async (_name, id) => {
    expect(await errorCodes(`query ($id: ID!) { node(id: $id) { id } }`, { id })).toEqual([
      "BAD_USER_INPUT",
    ]);
    expect(await errorCodes(`query ($id: ID!) { nodes(ids: [$id]) { id } }`, { id })).toEqual([
      "BAD_USER_INPUT",
    ]);
  });
});

describe("filters", () => {
  it.each([
    ["actors", `{ actors: ["nobody"] }`],
    ["themes", `{ themes: ["no-such-theme"] }`],
    ["periods", `{ periods: ["no-such-period"] }`],
  ])("rejects an unknown slug in %s with UNKNOWN_SLUG", async (_name, filter) => {
    expect(await errorCodes(`{ events(filter: ${filter}) { totalCount } }`)).toEqual([
      "UNKNOWN_SLUG",
    ]);
    expect(await errorCodes(`{ eventStats(groupBy: YEAR, filter: ${filter}) { count } }`)).toEqual([
      "UNKNOWN_SLUG",
    ]);
  });

  it("rejects an unknown actor in positions with UNKNOWN_SLUG", async () => {
    expect(await errorCodes(`{ positions(actor: "nobody") { slug } }`)).toEqual(["UNKNOWN_SLUG"]);
  });

  it.each(["2023-13-01", "2023-02-30", "23", "2023/01/01", "yesterday"])(
    "rejects the date %s with BAD_DATE",
    async (date) => {
      expect(
        await errorCodes(`query ($d: String) { events(filter: { from: $d }) { totalCount } }`, {
          d: date,
        }),
      ).toEqual(["BAD_DATE"]);
      expect(
        await errorCodes(`query ($d: String) { events(filter: { to: $d }) { totalCount } }`, {
          d: date,
        }),
      ).toEqual(["BAD_DATE"]);
    },
  );

  it("rejects a malformed country code with BAD_COUNTRY_CODE and an unknown reference with UNKNOWN_SLUG", async () => {
    expect(await errorCodes(`{ events(filter: { countries: ["ukr"] }) { totalCount } }`)).toEqual([
      "BAD_COUNTRY_CODE",
    ]);
    expect(
      await errorCodes(`{ events(filter: { reference: "no-such-work" }) { totalCount } }`),
    ).toEqual(["UNKNOWN_SLUG"]);
  });

  it("rejects a source that is not a document with NOT_A_DOCUMENT", async () => {
    expect(
      await errorCodes(`{ events(filter: { sources: ["trenin-2009"] }) { totalCount } }`),
    ).toEqual(["NOT_A_DOCUMENT"]);
  });

  it("rejects from after to with BAD_RANGE", async () => {
    expect(
      await errorCodes(`{ events(filter: { from: "2020", to: "2010" }) { totalCount } }`),
    ).toEqual(["BAD_RANGE"]);
  });

  it("rejects an unknown enum value as a validation error", async () => {
    const response = await post(`{ events(filter: { kinds: [PICNIC] }) { totalCount } }`);
    expectClientError(response);
    expect(response.errors![0]!.extensions!.code).toBe("GRAPHQL_VALIDATION_FAILED");
  });
});

describe("search", () => {
  it.each(["", "   ", "?!"])("rejects the empty query %j with EMPTY_QUERY", async (query) => {
    expect(
      await errorCodes(`query ($q: String!) { search(query: $q) { totalCount } }`, { q: query }),
    ).toEqual(["EMPTY_QUERY"]);
  });

  it("rejects an over-long query with QUERY_TOO_LONG", async () => {
    expect(
      await errorCodes(`query ($q: String!) { search(query: $q) { totalCount } }`, {
        q: "nato ".repeat(50),
      }),
    ).toEqual(["QUERY_TOO_LONG"]);
  });
});

describe("unexpected errors", () => {
  it("are masked: no message details, no stack, whatever NODE_ENV says", async () => {
    const previous = process.env.NODE_ENV;
    process.env.NODE_ENV = "development";
    try {
      // A dataset whose lookup throws stands in for a bug.
      const broken = createGateway({
        logger: { debug() {}, info() {}, warn() {}, error() {} },
        dataset: Object.assign(Object.create((await import("@nato-russia/data")).dataset), {
          getEvent: () => {
            throw new Error("secret internal detail");
          },
        }),
      });
      const response = await post(`{ event(slug: "x") { slug } }`, undefined, {}, broken);
      expect(response.errors?.[0]?.message).toBe("Unexpected error.");
      expect(response.text).not.toMatch(/secret|stack|\.ts:\d+/);
    } finally {
      process.env.NODE_ENV = previous;
    }
  });
});

describe("request errors", () => {
  it.each([
    ["a variable of the wrong type", `query ($s: String!) { actor(slug: $s) { slug } }`, { s: 7 }],
    [
      "an Int variable out of range",
      `query ($n: Int) { events(first: $n) { totalCount } }`,
      { n: 1e12 },
    ],
    ["a missing required variable", `query ($s: String!) { actor(slug: $s) { slug } }`, {}],
    [
      "an unknown enum value",
      `query ($g: EventStatsDimension!) { eventStats(groupBy: $g) { key } }`,
      { g: "NOPE" },
    ],
  ])("rejects %s with BAD_USER_INPUT", async (_name, query, variables) => {
    const response = await post(query, variables);
    expectClientError(response);
    expect(response.errors!.map((error) => error.extensions?.code)).toEqual(["BAD_USER_INPUT"]);
  });
});

describe("a resolver error beside async fields in a list", () => {
  it("is answered, and leaves no unhandled rejection behind (it used to end the process)", async () => {
    const unhandled: unknown[] = [];
    const record = (reason: unknown) => unhandled.push(reason);
    process.on("unhandledRejection", record);
    try {
      // Positions complete asynchronously (citation), then one throws synchronously (cursor).
      const response = await post(`{
        positions {
          verification { references { citation(style: HARVARD) } }
          about { events(before: "not a cursor") { totalCount } }
        }
      }`);
      expectClientError(response);
      expect(response.errors![0]!.extensions?.code).toBe("INVALID_CURSOR");
      await new Promise((resolve) => setTimeout(resolve, 100));
    } finally {
      process.off("unhandledRejection", record);
    }
    expect(unhandled).toEqual([]);
  });
});
