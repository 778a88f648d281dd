// Class 5: CORS answers depend on Origin, so every API response says `Vary: Origin`, with or
// without an Origin header, allowed or not, from the pipeline, the fast path and as a 304.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testGateway } from "../helpers.js";
import { listen, type Listening } from "../listen.js";

const URL_PATH = `/graphql?query=${encodeURIComponent("{ dataset { version } }")}`;
const ORIGINS = [undefined, "https://allowed.example", "https://other.example"];

let open: Listening | undefined;
let listed: Listening | undefined;
beforeAll(async () => {
  open = await listen(testGateway().listener);
  listed = await listen(testGateway({ corsOrigins: ["https://allowed.example"] }).listener);
});
afterAll(async () => {
  await open?.close();
  await listed?.close();
});

const varies = (headers: Headers) =>
  (headers.get("vary") ?? "").split(",").map((v) => v.trim().toLowerCase());

describe("Vary: Origin", () => {
  it("is on every variant, first answer, repeat (fast path) and 304, for both CORS settings", async () => {
    for (const server of [open!, listed!]) {
      for (const origin of ORIGINS) {
        const headers: Record<string, string> = origin ? { origin } : {};
        for (let i = 0; i < 2; i++) {
          const response = await fetch(`${server.base}${URL_PATH}`, { headers });
          expect(varies(response.headers), `${origin} #${i}`).toContain("origin");
          const etag = response.headers.get("etag")!;
          const notModified = await fetch(`${server.base}${URL_PATH}`, {
            headers: { ...headers, "if-none-match": etag },
          });
          expect(notModified.status).toBe(304);
          expect(varies(notModified.headers)).toContain("origin");
        }
        const posted = await fetch(`${server.base}/graphql`, {
          method: "POST",
          headers: { ...headers, "content-type": "application/json" },
          body: JSON.stringify({ query: "{ nope }" }),
        });
        expect(varies(posted.headers)).toContain("origin");
      }
    }
  });
});
