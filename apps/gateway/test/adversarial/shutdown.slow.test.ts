// Class 9: SIGTERM under load. Every request sent before the signal gets its full answer, the
// process exits 0, and no client sees a reset: connections end after a `Connection: close`
// answer or are refused once the listener has closed, never reset under a request.
import { Agent, request } from "node:http";
import { afterAll, describe, expect, it } from "vitest";
import { startServer, type StartedServer } from "../../src/testing/startServer.js";

const CONNECTIONS = 50;
const LOAD_MS = 2_000;

let server: StartedServer | undefined;
afterAll(() => {
  if (server && server.child.exitCode === null) server.child.kill("SIGKILL");
});

interface Outcome {
  sentAt: number;
  status?: number;
  error?: string;
}

/** One POST on a keep-alive agent; resolves with its outcome, never rejects. */
function send(agent: Agent, port: number, body: string): Promise<Outcome> {
  const sentAt = performance.now();
  return new Promise((resolve) => {
    const req = request(
      {
        agent,
        host: "127.0.0.1",
        port,
        path: "/graphql",
        method: "POST",
        headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body) },
      },
      (res) => {
        let text = "";
        res.setEncoding("utf8").on("data", (chunk: string) => (text += chunk));
        res.on("end", () =>
          resolve(
            res.statusCode === 200 && text.includes('"data"')
              ? { sentAt, status: 200 }
              : { sentAt, status: res.statusCode, error: `incomplete: ${text.slice(0, 100)}` },
          ),
        );
        res.on("error", (error) => resolve({ sentAt, error: error.message }));
      },
    );
    req.on("error", (error) =>
      resolve({ sentAt, error: (error as NodeJS.ErrnoException).code ?? error.message }),
    );
    req.end(body);
  });
}

describe("SIGTERM under load", () => {
  it("answers every request sent before the signal, then exits 0", async () => {
    server = await startServer();
    const { port } = server;
    const agent = new Agent({ keepAlive: true, maxSockets: CONNECTIONS });
    const outcomes: Outcome[] = [];
    let page = 0;
    let running = true;
    // Each loop sends requests one after another until one fails or the server has exited.
    const loop = async () => {
      while (running) {
        page++;
        const body = JSON.stringify({
          query: `query($first: Int) { events(first: $first) { totalCount edges { node { slug title } } } }`,
          variables: { first: 1 + (page % 50) },
        });
        const outcome = await send(agent, port, body);
        outcomes.push(outcome);
        if (outcome.error) return;
      }
    };
    const loops = Array.from({ length: CONNECTIONS }, loop);
    await new Promise((resolve) => setTimeout(resolve, LOAD_MS));

    const signalAt = performance.now();
    server.child.kill("SIGTERM");
    const code = await server.exited;
    running = false;
    await Promise.all(loops);
    agent.destroy();

    const before = outcomes.filter((outcome) => outcome.sentAt < signalAt);
    expect(before.length).toBeGreaterThan(CONNECTIONS * 5);
    expect(before.filter((outcome) => outcome.error)).toEqual([]);
    expect(code).toBe(0);
    // After the signal: answers, then refused connections once the listener closed; no reset.
    const errors = outcomes.filter((outcome) => outcome.error).map((outcome) => outcome.error);
    console.log(
      `${outcomes.length} requests, ${outcomes.length - errors.length} answered; after the listener closed: ${JSON.stringify(errors.reduce<Record<string, number>>((n, e) => ({ ...n, [e!]: (n[e!] ?? 0) + 1 }), {}))}`,
    );
    expect(errors.filter((error) => error !== "ECONNREFUSED")).toEqual([]);
  }, 60_000);
});
