// WORKERS=2: two processes answer on one port (node:cluster); SIGTERM stops both, exit 0.
import { afterAll, describe, expect, it } from "vitest";
import { startRealServer, type RealServer } from "../realServer.js";

let server: RealServer | undefined;
afterAll(() => {
  if (server && server.child.exitCode === null) server.child.kill("SIGKILL");
});

describe("WORKERS=2", () => {
  it("serves one port from two processes and stops cleanly on SIGTERM", async () => {
    server = await startRealServer({ WORKERS: "2", SHUTDOWN_DRAIN_MS: "100" });
    const query = encodeURIComponent("{ dataset { version } }");
    // Fresh connections are handed to the workers in turn.
    const answers = await Promise.all(
      Array.from({ length: 20 }, () =>
        fetch(`${server!.base}/graphql?query=${query}`, { headers: { connection: "close" } }),
      ),
    );
    for (const answer of answers) expect(answer.status).toBe(200);
    server.child.kill("SIGTERM");
    expect(await server.exited).toBe(0);
  }, 60_000);
});
