// The built server, as `pnpm start` runs it, in a child process on a free loopback port.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";

const root = new URL("../", import.meta.url);
const entry = fileURLToPath(new URL("dist/server.js", root));
// Node's flags as `pnpm start` passes them (the heap limit keeps memory steady under load).
const { scripts } = JSON.parse(readFileSync(new URL("package.json", root), "utf8")) as {
  scripts: { start: string };
};
const nodeFlags = scripts.start.split(" ").filter((word) => word.startsWith("--"));

export interface RealServer {
  child: ChildProcess;
  base: string;
  port: number;
  /** Resolves with the exit code once the process has exited. */
  exited: Promise<number | null>;
  /** The process's resident set size in bytes (Linux /proc). */
  rss: () => number;
}

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

/** Starts the server (requests unlogged) and resolves once /healthz answers. */
export async function startRealServer(env: Record<string, string> = {}): Promise<RealServer> {
  if (!existsSync(entry)) {
    throw new Error("dist/server.js is missing: run `pnpm --filter @nato-russia/gateway build`");
  }
  const port = await freePort();
  const child = spawn(process.execPath, [...nodeFlags, entry], {
    env: { ...process.env, PORT: String(port), HOST: "127.0.0.1", LOG_LEVEL: "warn", ...env },
    stdio: ["ignore", "inherit", "inherit"],
  });
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited early with ${child.exitCode}`);
    if (Date.now() > deadline) throw new Error("server did not start in 30 s");
    const ok = await fetch(`${base}/healthz`).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const rss = () => {
    const status = readFileSync(`/proc/${child.pid}/status`, "utf8");
    return Number(/VmRSS:\s+(\d+) kB/.exec(status)![1]) * 1024;
  };
  return { child, base, port, exited, rss };
}
