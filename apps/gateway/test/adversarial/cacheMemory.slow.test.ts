// Class 3: memory of the caches. Distinct large documents, each answered and so kept by every
// cache (parsed document, validated operation, reply), fill one budget, keys included: the
// heap after a full collection stays within the budget plus 64 MB.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_RESPONSE_CACHE } from "../../src/limits.js";
import { testGateway } from "../helpers.js";
import { listen, type Listening } from "../listen.js";

const gc = (globalThis as { gc?: () => void }).gc;
const DOCUMENTS = 1200;
// A 90 kB comment makes each document large; the query itself is valid and cheap.
const document = (i: number) =>
  `# ${String(i).padStart(6, "0")}${"c".repeat(90_000)}\n{ dataset { version } e${i}: events(first: 1) { totalCount } }`;

let server: Listening;
let gateway: ReturnType<typeof testGateway>;
beforeAll(async () => {
  gateway = testGateway();
  server = await listen(gateway.listener);
});
afterAll(() => server.close());

const heap = () => {
  gc!();
  gc!();
  return process.memoryUsage().heapUsed;
};

describe("the cache budget", () => {
  it(`holds the heap within ${DEFAULT_RESPONSE_CACHE.maxBytes / 2 ** 20} MiB + 64 MB after ${DOCUMENTS} distinct 90 kB documents`, async () => {
    expect(gc, "run with --expose-gc (vitest.slow.config.ts)").toBeTypeOf("function");
    const before = heap();
    for (let i = 0; i < DOCUMENTS; i++) {
      const body = JSON.stringify({ query: document(i) });
      // By POST (fast path and pipeline) and through fetch (the pipeline's own caches).
      const viaServer = await fetch(`${server.base}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body,
      });
      expect(viaServer.status).toBe(200);
      await viaServer.text();
      const viaFetch = await gateway.fetch("http://localhost/graphql", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body,
      });
      await viaFetch.text();
    }
    const grown = heap() - before;
    console.log(
      `heap grew ${Math.round(grown / 2 ** 20)} MiB for ${Math.round((DOCUMENTS * 90_000 * 2) / 2 ** 20)} MiB of documents sent`,
    );
    expect(grown).toBeLessThan(DEFAULT_RESPONSE_CACHE.maxBytes + 64 * 2 ** 20);
  });
});
