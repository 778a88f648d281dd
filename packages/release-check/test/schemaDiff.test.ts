import { describe, expect, it } from "vitest";
import { diffSchemas } from "../src/schemaDiff.js";
import { SCHEMA } from "./fixtures.js";

describe("schema diff (graphql-inspector)", () => {
  it("a field removed is breaking: major", async () => {
    const d = await diffSchemas(
      SCHEMA,
      SCHEMA.replace(/"""\s*Its title\s*"""\s*title: String!/, ""),
    );
    expect(d.bump).toBe("major");
    expect(d.breaking.map((c) => c.message)).toEqual([
      "Field 'title' was removed from object type 'Event'",
    ]);
  });

  it("a field added is safe: minor", async () => {
    const d = await diffSchemas(
      SCHEMA,
      SCHEMA.replace("title: String!", 'title: String!\n"""Its summary"""\nsummary: String'),
    );
    expect(d.bump).toBe("minor");
    expect(d.breaking).toEqual([]);
  });

  it("a description changed is patch", async () => {
    const d = await diffSchemas(SCHEMA, SCHEMA.replace("Its title", "Its short title"));
    expect(d.bump).toBe("patch");
  });

  it("an argument made optional-to-required is breaking", async () => {
    const d = await diffSchemas(SCHEMA.replace("slug: String!)", "slug: String)"), SCHEMA);
    expect(d.bump).toBe("major");
  });
});
