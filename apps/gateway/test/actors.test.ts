// Every ActorFilter field over the API, answered as the data package answers it.
import { dataset, type ActorFilter } from "@nato-russia/data";
import { describe, expect, it } from "vitest";
import { data, post, type Data } from "./helpers.js";

const ACTORS = `query ($filter: ActorFilter) {
  actors(filter: $filter, first: 100) { totalCount nodes { slug } }
}`;

async function slugs(filter: ActorFilter): Promise<string[]> {
  const { actors } = await data(ACTORS, { filter });
  expect(actors.totalCount).toBe(actors.nodes.length);
  return actors.nodes.map((a: Data) => a.slug);
}

describe("ActorFilter", () => {
  const filters: [string, ActorFilter][] = [
    ["kinds", { kinds: ["ALLIANCE", "BLOC"] }],
    ["countries", { countries: ["RU", "UA", "GE"] }],
    ["verification", { verification: ["CONSISTENT"] }],
    ["reference", { reference: "thenational-2023-nato-member-states" }],
    ["events", { events: { periods: ["cold-war-confrontation"] } }],
    ["events and kinds", { events: { from: "2014", kinds: ["ANNEXATION"] }, kinds: ["STATE"] }],
    ["text", { text: "soviet" }],
  ];

  it.each(filters)("filters by %s", async (_name, filter) => {
    const result = await slugs(filter);
    expect(result).toEqual(dataset.filterActors(filter).map((a) => a.slug));
    expect(result.length).toBeGreaterThan(0);
  });

  it("finds the states party to the annexation of Crimea by way of its events", async () => {
    expect(
      await slugs({
        events: { kinds: ["ANNEXATION"], from: "2014", to: "2014" },
        kinds: ["STATE"],
      }),
    ).toEqual(expect.arrayContaining(["russia", "ukraine"]));
  });

  it.each([
    [{ countries: ["rus"] }, "BAD_COUNTRY_CODE", "countries"],
    [{ reference: "no-such-work" }, "UNKNOWN_SLUG", "reference"],
    [{ events: { themes: ["space-race"] } }, "UNKNOWN_SLUG", "events.themes"],
    [{ events: { from: "yesterday" } }, "BAD_DATE", "events.from"],
  ])("rejects %j with %s naming %s", async (filter, code, field) => {
    const response = await post(ACTORS, { filter });
    expect(response.status).toBe(200);
    expect(response.errors?.map((e) => e.extensions)).toEqual([{ code, field }]);
    expect(response.errors?.[0]?.message).not.toMatch(/\n\s+at /);
  });
});
