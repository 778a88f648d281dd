// Class 1 against the running server: every list-field document and the reported query, sent
// by two clients at once, leave the process up (with `pnpm start`'s 512 MB heap), /healthz
// answering, no response over the cap; in process, the heap is back near its start after GC.
import { afterAll, describe, expect, it } from "vitest";
import { DEFAULT_LIMITS } from "../../src/limits.js";
import { testGateway } from "../helpers.js";
import { listen } from "../listen.js";
import { startServer, type StartedServer } from "../../src/testing/startServer.js";
import { ADVERSARIAL, documents } from "./documents.js";

const ROUNDS = 5;
const queries = [ADVERSARIAL, ...documents.map((d) => d.query)];

let server: StartedServer | undefined;
afterAll(() => {
  if (server && server.child.exitCode === null) server.child.kill("SIGKILL");
});

async function sendAll(base: string): Promise<number> {
  let largest = 0;
  for (let round = 0; round < ROUNDS; round++) {
    for (const query of queries) {
      const response = await fetch(`${base}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query }),
      });
      const text = await response.text();
      expect(response.status).toBeLessThan(500);
      largest = Math.max(largest, Buffer.byteLength(text));
    }
  }
  return largest;
}

describe("response amplification, sustained", () => {
  it("leaves the server up and /healthz answering, every answer under the cap", async () => {
    server = await startServer();
    const [a, b] = await Promise.all([sendAll(server.url), sendAll(server.url)]);
    const health = await fetch(`${server.url}/healthz`);
    expect(health.status).toBe(200);
    expect(server.child.exitCode).toBeNull();
    expect(Math.max(a, b)).toBeLessThanOrEqual(DEFAULT_LIMITS.maxResponseBytes);
    console.log(
      `${queries.length * ROUNDS * 2} requests; largest answer ${Math.max(a, b)} bytes; RSS ${Math.round(server.rss() / 2 ** 20)} MiB`,
    );
    server.child.kill("SIGTERM");
    expect(await server.exited).toBe(0);
  });

  it("returns the heap near its start after GC", async () => {
    const gc = (globalThis as { gc?: () => void }).gc!;
    const local = await listen(testGateway().listener);
    await sendAll(local.base); // warm: caches filled, code compiled
    gc();
    const start = process.memoryUsage().heapUsed;
    await sendAll(local.base);
    gc();
    gc();
    const grown = process.memoryUsage().heapUsed - start;
    await local.close();
    console.log(
      `heap after ${queries.length * ROUNDS} more adversarial requests: ${Math.round(grown / 2 ** 20)} MiB above its start`,
    );
    expect(grown).toBeLessThan(16 * 2 ** 20);
  });
});
