// The built server (dist/server.js), started as `pnpm start` starts it, in a child process on a
// free loopback port: the one helper the gateway's process tests, the dashboard's end-to-end
// tests and the benchmarks share.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";

export interface StartServerOptions {
  /** Environment besides PORT and HOST (LOG_LEVEL is "warn" unless given). */
  env?: Record<string, string>;
  /** Runs the server under another command, e.g. ["taskset", "-c", "0"] to pin it. */
  prefix?: string[];
  /** How long to wait for /healthz (default 30 s). */
  timeoutMs?: number;
}

export interface StartedServer {
  /** http://127.0.0.1:<port> */
  url: string;
  port: number;
  child: ChildProcess;
  /** The JSON log lines the server wrote so far, parsed. */
  logs: Record<string, unknown>[];
  /** Milliseconds from the spawn to the first /healthz answer. */
  readyMs: number;
  /** Resolves with the exit code once the process has exited. */
  exited: Promise<number | null>;
  /** The process's resident set size in bytes (Linux /proc). */
  rss: () => number;
  /** SIGTERM, then SIGKILL after 15 s; resolves with the exit code. */
  stop: () => Promise<number | null>;
}

// From src/testing (tests) and dist/testing (other packages) alike: the built entry.
const entry = fileURLToPath(new URL("../../dist/server.js", import.meta.url));
const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as {
  scripts: { start: string };
};
// Node's flags as `pnpm start` passes them (the heap limit keeps memory steady under load).
const nodeFlags = pkg.scripts.start.split(" ").filter((word) => word.startsWith("--"));

/** A port nothing listens on now: the OS picks it, and it is released at once. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
    probe.on("error", reject);
  });
}

/** Starts the built server and resolves once /healthz answers. */
export async function startServer(options: StartServerOptions = {}): Promise<StartedServer> {
  if (!existsSync(entry)) {
    throw new Error(
      "the gateway is not built: run `pnpm turbo run build --filter=@nato-russia/gateway`",
    );
  }
  const port = await freePort();
  const command = [process.execPath, ...nodeFlags, entry];
  const [program, ...args] = [...(options.prefix ?? []), ...command];
  const started = performance.now();
  const child = spawn(program!, args, {
    env: {
      ...process.env,
      LOG_LEVEL: "warn",
      ...options.env,
      PORT: String(port),
      HOST: "127.0.0.1",
    },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  const logs: Record<string, unknown>[] = [];
  let buffered = "";
  child.stdout!.setEncoding("utf8").on("data", (chunk: string) => {
    const lines = (buffered + chunk).split("\n");
    buffered = lines.pop()!;
    for (const line of lines) {
      try {
        logs.push(JSON.parse(line) as Record<string, unknown>);
      } catch {
        // not a log line
      }
    }
  });
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
    const timer = setTimeout(() => child.kill("SIGKILL"), 15_000);
    const code = await exited;
    clearTimeout(timer);
    return code;
  };

  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + (options.timeoutMs ?? 30_000);
  for (;;) {
    if (child.exitCode !== null)
      throw new Error(`the server exited with ${child.exitCode} before it answered`);
    if (Date.now() > deadline) {
      await stop();
      throw new Error(
        `the server did not answer /healthz within ${options.timeoutMs ?? 30_000} ms`,
      );
    }
    const ok = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(1000) }).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const readyMs = Math.round(performance.now() - started);
  const rss = () => {
    const status = readFileSync(`/proc/${child.pid}/status`, "utf8");
    return Number(/VmRSS:\s+(\d+) kB/.exec(status)![1]) * 1024;
  };
  return { url, port, child, logs, readyMs, exited, rss, stop };
}
