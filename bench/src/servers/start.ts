import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { firstAnswer, firstMessage, freePort, startNode, type Child } from "../processes.js";

/** A server under test: where it answers, and its process. */
export interface Server {
  name: string;
  base: string;
  child: Child;
}

const here = (file: string) => fileURLToPath(new URL(file, import.meta.url));

/** A server of this package that reports `{ ready, port }` over IPC once it listens. */
async function startReporting(name: string, script: string, core?: number, args: string[] = []) {
  const child = startNode(here(script), { core, args });
  const { port } = await firstMessage<{ port: number }>(child);
  return { name, base: `http://127.0.0.1:${port}`, child };
}

export const startCeiling = (core?: number) => startReporting("ceiling", "./ceiling.js", core);
export const startApollo = (core?: number) => startReporting("apollo", "./apollo.js", core);

/**
 * The gateway's real entry, dist/server.js, run as `pnpm start` runs it (same Node flags), on
 * the released dataset, with request logging off. Resolves once /healthz answers.
 */
export async function startGateway(options: { core?: number; workers?: number; name?: string }) {
  const entry = new URL("./server.js", import.meta.resolve("@nato-russia/gateway"));
  const pkg = JSON.parse(readFileSync(new URL("../package.json", entry), "utf8")) as {
    scripts: { start: string };
  };
  const flags = pkg.scripts.start.split(" ").filter((word) => word.startsWith("--"));
  const port = await freePort();
  const started = performance.now();
  const child = startNode(fileURLToPath(entry), {
    core: options.core,
    flags,
    env: {
      PORT: String(port),
      HOST: "127.0.0.1",
      LOG_LEVEL: "warn",
      WORKERS: String(options.workers ?? 1),
    },
  });
  const base = `http://127.0.0.1:${port}`;
  const ready = await firstAnswer(`${base}/healthz`, {}, child);
  return { name: options.name ?? "gateway", base, child, readyMs: Math.round(ready - started) };
}
