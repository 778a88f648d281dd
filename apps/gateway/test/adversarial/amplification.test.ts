// Class 1: response amplification through plain lists. Every list field of the schema, nested
// as deep and aliased as wide as the limits allow, gets an answer under the size cap or one
// coded error, never a huge response.
import { describe, expect, it } from "vitest";
import { DEFAULT_LIMITS } from "../../src/limits.js";
import { post, testGateway } from "../helpers.js";
import { ADVERSARIAL, documents } from "./documents.js";

const LIMIT_CODES = new Set([
  "MAX_COST_EXCEEDED",
  "MAX_ITEMS_EXCEEDED",
  "RESPONSE_TOO_LARGE",
  "MAX_DEPTH_EXCEEDED",
  "MAX_TOKENS_EXCEEDED",
]);

describe("response amplification", () => {
  it("rejects the reported 1.5 kB query before running it", async () => {
    expect(ADVERSARIAL.length).toBeLessThan(1500);
    const response = await post(ADVERSARIAL);
    expect(response.errors?.map((e) => e.extensions?.code)).toEqual(["MAX_COST_EXCEEDED"]);
    expect(response.data).toBeUndefined();
  });

  it("covers every list field of the schema, introspection's included", () => {
    const fields = new Set(documents.map((d) => d.field));
    for (const name of [
      "Query.positions",
      "Position.about",
      "Actor.positions",
      "Event.sources",
      "Attestation.references",
      "Reference.citedIn",
      "Query.nodes",
      "__Schema.types",
      "__Type.fields",
    ])
      expect(fields).toContain(name);
    expect(documents.length).toBeGreaterThan(30);
  });

  it("answers each under the size cap, or with one coded error and no partial data", async () => {
    const small = testGateway({ limits: { maxResponseBytes: 256 * 1024 } });
    const outcomes: Record<string, number> = {};
    for (const { field, query } of documents) {
      for (const gateway of [undefined, small]) {
        const response = await post(query, undefined, {}, gateway);
        const cap = gateway ? 256 * 1024 : DEFAULT_LIMITS.maxResponseBytes;
        expect(response.status, field).toBeLessThan(500);
        expect(Buffer.byteLength(response.text), field).toBeLessThanOrEqual(cap);
        const codes = response.errors?.map((e) => e.extensions?.code) ?? [];
        const limited = codes.filter((code) => LIMIT_CODES.has(String(code)));
        if (limited.length > 0) {
          expect(codes, field).toHaveLength(1);
          expect(response.data, field).toBeUndefined();
        }
        for (const code of codes)
          expect(code, `${field}: ${response.text.slice(0, 200)}`).toMatch(/^[A-Z_]+$/);
        const key = limited[0] ?? (codes.length ? "OTHER_ERROR" : "ANSWERED");
        outcomes[String(key)] = (outcomes[String(key)] ?? 0) + 1;
      }
    }
    console.log(`${documents.length} documents, twice:`, outcomes);
    expect(outcomes.MAX_COST_EXCEEDED).toBeGreaterThan(0);
  });

  it("caps the response in bytes with RESPONSE_TOO_LARGE", async () => {
    const tiny = testGateway({ limits: { maxResponseBytes: 2000 } });
    const response = await post(
      `{ passages(first: 20) { edges { node { text } } } }`,
      undefined,
      {},
      tiny,
    );
    expect(response.errors?.map((e) => e.extensions?.code)).toEqual(["RESPONSE_TOO_LARGE"]);
    expect(response.data).toBeUndefined();
    expect(response.text.length).toBeLessThan(500);
  });
});
