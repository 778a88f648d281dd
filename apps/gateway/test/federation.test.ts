// The Federation v2 subgraph (`federation: true`): entities by slug, the SDL a composer reads,
// every limit still in force, and the plain schema untouched. Composition through a real
// gateway is in test/slow/federation.test.ts.
import { readFileSync } from "node:fs";
import { dataset } from "@nato-russia/data";
import { describe, expect, it } from "vitest";
import { NODE_TYPES } from "../src/context.js";
import { errorCodes, gateway as plain, post, testGateway } from "./helpers.js";

const subgraph = testGateway({ federation: true });
const ENTITIES = `query ($r: [_Any!]!) {
  _entities(representations: $r) {
    __typename
    ... on Event { slug title }
    ... on Actor { slug name }
    ... on Period { slug name }
  }
}`;

describe("the subgraph", () => {
  it("resolves each node type by slug through _entities, null for an unknown slug", async () => {
    const representations = [
      { __typename: "Event", slug: "russia-annexes-crimea" },
      { __typename: "Actor", slug: "russia" },
      { __typename: "Period", slug: "cold-war-confrontation" },
      { __typename: "Event", slug: "no-such-event" },
    ];
    const response = await post(ENTITIES, { r: representations }, {}, subgraph);
    expect(response.errors).toBeUndefined();
    expect(response.data._entities).toEqual([
      {
        __typename: "Event",
        slug: "russia-annexes-crimea",
        title: dataset.getEvent("russia-annexes-crimea")!.title,
      },
      { __typename: "Actor", slug: "russia", name: dataset.getActor("russia")!.name },
      {
        __typename: "Period",
        slug: "cold-war-confrontation",
        name: dataset.getPeriod("cold-war-confrontation")!.name,
      },
      null,
    ]);
  });

  it('publishes its SDL with @key(fields: "slug") on every node type', async () => {
    const response = await post(`{ _service { sdl } }`, undefined, {}, subgraph);
    const sdl: string = response.data._service.sdl;
    expect(sdl).toContain(
      '@link(url: "https://specs.apollo.dev/federation/v2.6", import: ["@key"])',
    );
    for (const type of NODE_TYPES)
      expect(sdl, type).toMatch(
        new RegExp(`type ${type} implements Node[^{]*@key\\(fields: "slug"\\)`),
      );
    // What the committed file holds, before formatting: the same types and directives.
    const committed = readFileSync(new URL("../subgraph.graphql", import.meta.url), "utf8");
    for (const line of sdl.split("\n").filter((l) => /@key|@link/.test(l)))
      expect(committed).toContain(line.trim());
  });

  it("costs _entities by its number of representations and refuses it over the limit", async () => {
    const many = Array.from({ length: 50 }, () => ({
      __typename: "Event",
      slug: "russia-annexes-crimea",
    }));
    const few = await post(ENTITIES, { r: many.slice(0, 2) }, {}, subgraph);
    const more = await post(ENTITIES, { r: many }, {}, subgraph);
    expect(Number(more.headers.get("x-query-cost"))).toBeGreaterThan(
      20 * Number(few.headers.get("x-query-cost")),
    );
    const strict = testGateway({ federation: true, limits: { maxCost: 100 } });
    const refused = await post(ENTITIES, { r: many }, {}, strict);
    expect(refused.errors?.map((e) => e.extensions?.code)).toEqual(["MAX_COST_EXCEEDED"]);
    // Each representation is one item of the budget, counted once.
    const budget = testGateway({ federation: true, limits: { maxItems: 3 } });
    const within = await post(ENTITIES, { r: many.slice(0, 3) }, {}, budget);
    expect(within.errors).toBeUndefined();
    const overBudget = await post(ENTITIES, { r: many.slice(0, 4) }, {}, budget);
    expect(overBudget.errors?.map((e) => e.extensions?.code)).toEqual(["MAX_ITEMS_EXCEEDED"]);
  });

  it("keeps the other limits: queries only, depth, aliases", async () => {
    expect(await errorCodes(`mutation { _service { sdl } }`, undefined, subgraph)).toEqual([
      "OPERATION_NOT_SUPPORTED",
    ]);
    const deep = `{ _entities(representations: [{ __typename: "Actor", slug: "russia" }]) { ... on Actor { events { nodes { actors { actor { events { nodes { actors { actor { events { nodes { slug } } } } } } } } } } } } }`;
    expect(await errorCodes(deep, undefined, subgraph)).toEqual(["MAX_DEPTH_EXCEEDED"]);
    const aliases = Array.from({ length: 16 }, (_, i) => `a${i}: _service { sdl }`).join(" ");
    expect(await errorCodes(`{ ${aliases} }`, undefined, subgraph)).toEqual([
      "MAX_ALIASES_EXCEEDED",
    ]);
  });

  it("leaves the plain gateway without _service or _entities", async () => {
    expect(await errorCodes(`{ _service { sdl } }`, undefined, plain)).toEqual([
      "GRAPHQL_VALIDATION_FAILED",
    ]);
    const response = await post(ENTITIES, { r: [] }, {}, plain);
    expect(response.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
  });
});
