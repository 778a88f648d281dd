// Class 4: slow clients (slowloris). Sockets that send a header line every half second are
// closed within the documented headers timeout, while /healthz keeps answering.
import { connect, type Socket } from "node:net";
import { afterAll, describe, expect, it } from "vitest";
import { startServer, type StartedServer } from "../../src/testing/startServer.js";

const HEADERS_TIMEOUT_MS = 2000;
const SOCKETS = 300;
// Node checks the timeout every second (connectionsCheckingInterval), hence the slack.
const CLOSED_WITHIN_MS = HEADERS_TIMEOUT_MS + 1000 + 1500;

let server: StartedServer | undefined;
afterAll(() => {
  if (server && server.child.exitCode === null) server.child.kill("SIGKILL");
});

describe("slow clients", () => {
  it(`are cut off within ${CLOSED_WITHIN_MS} ms while /healthz answers`, async () => {
    server = await startServer({ env: { HEADERS_TIMEOUT_MS: String(HEADERS_TIMEOUT_MS) } });
    const started = performance.now();
    const closedAt: number[] = [];
    const sockets: Socket[] = [];
    const timers: NodeJS.Timeout[] = [];
    for (let i = 0; i < SOCKETS; i++) {
      const socket = connect(server.port, "127.0.0.1");
      socket.on("error", () => undefined);
      socket.on("close", () => closedAt.push(performance.now() - started));
      socket.write("GET /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\n");
      let line = 0;
      // Bounded: at most 20 lines each, 10 s in all.
      const timer = setInterval(() => {
        if (line++ >= 20 || socket.destroyed) return clearInterval(timer);
        socket.write(`X-Slow-${line}: ${"a".repeat(10)}\r\n`);
      }, 500);
      timers.push(timer);
      sockets.push(socket);
    }
    const health: number[] = [];
    while (performance.now() - started < CLOSED_WITHIN_MS && closedAt.length < SOCKETS) {
      const probe = await fetch(`${server.url}/healthz`, {
        signal: AbortSignal.timeout(1000),
      }).then(
        (r) => r.status,
        () => 0,
      );
      health.push(probe);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    for (const timer of timers) clearInterval(timer);
    for (const socket of sockets) socket.destroy();
    console.log(
      `${closedAt.length} of ${SOCKETS} slow sockets closed by the server, the last after ${Math.round(Math.max(...closedAt))} ms; /healthz answered ${health.filter((s) => s === 200).length} of ${health.length}`,
    );
    expect(closedAt.length).toBe(SOCKETS);
    expect(Math.max(...closedAt)).toBeLessThan(CLOSED_WITHIN_MS);
    expect(Math.min(...closedAt)).toBeGreaterThan(HEADERS_TIMEOUT_MS - 100);
    expect(health.length).toBeGreaterThan(3);
    expect(health.every((status) => status === 200)).toBe(true);
    server.child.kill("SIGTERM");
    expect(await server.exited).toBe(0);
  });
});
