import { describe, expect, it } from "vitest";
import { crimea, georgia } from "../test/fixtures";
import { eventsCsv } from "./eventsTable";

describe("eventsCsv", () => {
  it("has a header and one row per event, with the event's address", () => {
    const lines = eventsCsv([georgia, crimea], "https://example.org").trimEnd().split("\r\n");
    expect(lines[0]).toBe(
      "slug,title,date_label,date_start,date_end,date_precision,kind,relation,actors,url",
    );
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe(
      "russia-annexes-crimea,Russia occupies and annexes Crimea,February–March 2014,2014-02,2014-03,MONTH,ANNEXATION,MATERIAL_CONFLICT,Russia (initiator); Ukraine (target),https://example.org/events/russia-annexes-crimea",
    );
  });

  it("quotes fields holding commas or quotes", () => {
    const tricky = { ...georgia, title: 'Talks, "frozen"' };
    expect(eventsCsv([tricky], "")).toContain(',"Talks, ""frozen""",');
  });
});
