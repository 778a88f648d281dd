import { fileURLToPath } from "node:url";
import { startServer } from "@nato-russia/gateway/testing";
import { canPin, firstMessage, startNode, type Child } from "../processes.js";

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
 * The gateway's real entry, dist/server.js, run as `pnpm start` runs it (same Node flags, the
 * helper the gateway's own process tests use), on the released dataset, pinned to `core` where
 * taskset is there. Resolves once /healthz answers.
 */
export async function startGateway(options: { core?: number; name?: string }) {
  const pinned = canPin && options.core !== undefined;
  const server = await startServer({
    prefix: pinned ? ["taskset", "-c", String(options.core)] : [],
  });
  const child: Child = {
    process: server.child,
    exited: server.exited,
    ask: () => Promise.reject(new Error("the gateway takes no IPC commands")),
    stop: async () => {
      await server.stop();
    },
  };
  return { name: options.name ?? "gateway", base: server.url, child, readyMs: server.readyMs };
}
