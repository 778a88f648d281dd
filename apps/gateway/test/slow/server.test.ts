// The real server: `node dist/server.js` on an ephemeral port on 127.0.0.1, stopped by SIGTERM.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { connect } from "node:net";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const entry = fileURLToPath(new URL("../../dist/server.js", import.meta.url));
const STARTUP_TIMEOUT_MS = 20_000;

let child: ChildProcess;
let base: string;
let port: number;
const logs: Record<string, unknown>[] = [];
const logWaiters: { msg: string; resolve: () => void }[] = [];
let exited: Promise<number | null>;

/** Resolves when the server logs `msg` (at once if it already has). */
function logged(msg: string): Promise<void> {
  if (logs.some((log) => log.msg === msg)) return Promise.resolve();
  return new Promise((resolve) => logWaiters.push({ msg, resolve }));
}

/** Bounds a wait, so a broken server fails the test instead of hanging it. */
function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  return Promise.race([
    promise,
    new Promise<never>((_, reject) =>
      setTimeout(() => reject(new Error(`${what}: no answer in ${ms} ms`)), ms),
    ),
  ]);
}

/** Starts the server and resolves with its URL once it logs that it listens. */
function start(): Promise<string> {
  child = spawn(process.execPath, [entry], {
    env: {
      ...process.env,
      PORT: "0",
      HOST: "127.0.0.1",
      LOG_LEVEL: "info",
      NODE_ENV: "production",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  // "close" comes after the last stdout line, "exit" may come before it.
  exited = new Promise((resolve) => child.on("close", (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error("server did not start in time")),
      STARTUP_TIMEOUT_MS,
    );
    let buffered = "";
    child.stdout!.setEncoding("utf8").on("data", (chunk: string) => {
      buffered += chunk;
      const lines = buffered.split("\n");
      buffered = lines.pop()!;
      for (const line of lines) {
        const log = JSON.parse(line) as { msg: string; port?: number };
        logs.push(log);
        for (const waiter of logWaiters) if (waiter.msg === log.msg) waiter.resolve();
        if (log.msg === "listening") {
          clearTimeout(timer);
          port = log.port!;
          resolve(`http://127.0.0.1:${log.port}`);
        }
      }
    });
    child.on("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited early with ${code}`));
    });
  });
}

beforeAll(async () => {
  if (!existsSync(entry))
    throw new Error(
      "dist/server.js is missing: run `pnpm --filter @nato-russia/gateway build` first",
    );
  base = await start();
}, STARTUP_TIMEOUT_MS + 5_000);

afterAll(() => {
  if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
});

describe("the server", () => {
  it("answers /healthz once ready", async () => {
    const response = await fetch(`${base}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: "ok", version: expect.any(String) });
  });

  it("answers GET with an ETag, and 304 to If-None-Match", async () => {
    const url = `${base}/graphql?query=${encodeURIComponent("{ dataset { version counts { events } } }")}`;
    const first = await fetch(url);
    expect(first.status).toBe(200);
    expect((await first.json()).data.dataset.version).toEqual(expect.any(String));
    const etag = first.headers.get("etag");
    expect(etag).toBeTruthy();
    const second = await fetch(url, { headers: { "if-none-match": etag! } });
    expect(second.status).toBe(304);
    expect(await second.text()).toBe("");
  });

  it("answers POST", async () => {
    const response = await fetch(`${base}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        query: `{ reference(slug: "trenin-2009") { citation(style: CHICAGO) } }`,
      }),
    });
    expect(response.status).toBe(200);
    expect((await response.json()).data.reference.citation).toMatch(/^Trenin, Dmitri\. 2009\./);
  });

  it("on SIGTERM, finishes the request in flight, logs, and exits 0", async () => {
    // A POST whose body is held back: `Expect: 100-continue` makes the server answer once it
    // has the headers, so the request is in flight, deterministically, when SIGTERM arrives.
    const body = JSON.stringify({ query: "{ dataset { version } }" });
    const socket = connect(port, "127.0.0.1");
    let received = "";
    const continued = new Promise<void>((resolve) =>
      socket.setEncoding("utf8").on("data", (chunk: string) => {
        received += chunk;
        if (received.includes("100 Continue")) resolve();
      }),
    );
    const closed = new Promise<void>((resolve) => socket.on("end", resolve));
    socket.write(
      [
        "POST /graphql HTTP/1.1",
        "Host: 127.0.0.1",
        "Content-Type: application/json",
        `Content-Length: ${Buffer.byteLength(body)}`,
        "Expect: 100-continue",
        "",
        "",
      ].join("\r\n"),
    );
    await within(continued, 5_000, "100 Continue");

    child.kill("SIGTERM");
    await within(logged("shutdown"), 5_000, "shutdown log");
    socket.write(body);
    await within(closed, 5_000, "response to the request in flight");
    const response = received.slice(received.indexOf("HTTP/1.1 200"));
    expect(response).toMatch(/^HTTP\/1\.1 200 /);
    expect(response).toMatch(/^connection: close\r$/im);
    expect(response).toContain('"version"');

    expect(await within(exited, 10_000, "exit")).toBe(0);
    const messages = logs.map((log) => log.msg);
    expect(messages[0]).toBe("citation styles loaded");
    expect(messages.slice(-2)).toEqual(["request", "stopped"]);
    const requests = logs.filter((log) => log.msg === "request");
    expect(requests).toHaveLength(5);
    expect(requests[0]).toMatchObject({
      level: "info",
      method: "GET",
      path: "/healthz",
      status: 200,
    });
    expect(requests.at(-1)).toMatchObject({ method: "POST", path: "/graphql", status: 200 });
  });
});
