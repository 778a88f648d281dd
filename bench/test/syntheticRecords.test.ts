import { Event } from "@nato-russia/data/schemas";
import { DatasetIndex } from "@nato-russia/data";
import { describe, expect, it } from "vitest";
import { syntheticRecords } from "../src/synthetic/syntheticRecords.js";

describe("syntheticRecords", () => {
  it("is the same for the same seed, and another for another seed", () => {
    expect(syntheticRecords(200, 7)).toEqual(syntheticRecords(200, 7));
    expect(syntheticRecords(200, 8).events).not.toEqual(syntheticRecords(200, 7).events);
  });

  it("makes events that fit the real schema and index like real ones", () => {
    const records = syntheticRecords(1000);
    for (const event of records.events) expect(Event.safeParse(event).error).toBeUndefined();
    expect(new Set(records.events.map((event) => event.slug)).size).toBe(1000);
    const index = new DatasetIndex(records);
    expect(index.filterEvents({ from: "1990", to: "1999" }).length).toBeGreaterThan(50);
    // The index finds what a scan of the records finds (the draws decide how many that is).
    const slugs = (events: readonly { slug: string }[]) => events.map((e) => e.slug).sort();
    const russia = records.events.filter((e) => e.actors.some((a) => a.actor === "russia"));
    expect(russia.length).toBeGreaterThan(0);
    expect(slugs(index.filterEvents({ actors: ["russia"] }))).toEqual(slugs(russia));
    expect(slugs(index.filterEvents({ actors: ["russia"], kinds: ["SUMMIT"] }))).toEqual(
      slugs(russia.filter((e) => e.kind === "SUMMIT")),
    );
  });
});
