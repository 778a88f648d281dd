// The real gateway (its built server.js) serving the built dashboard, on a free loopback port.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const STARTUP_TIMEOUT_MS = 30_000;
const STOP_TIMEOUT_MS = 10_000;

export const DASHBOARD_DIST = fileURLToPath(new URL("../dist", import.meta.url));
const BUILD_FIRST = "run `pnpm turbo run build --filter=@nato-russia/dashboard...` first";

function gatewayEntry(): string {
  let main: string;
  try {
    main = createRequire(import.meta.url).resolve("@nato-russia/gateway");
  } catch {
    throw new Error(`the gateway is not built: ${BUILD_FIRST}`);
  }
  const entry = join(dirname(main), "server.js");
  if (!existsSync(entry)) throw new Error(`${entry} is missing: ${BUILD_FIRST}`);
  return entry;
}

export interface RunningGateway {
  url: string;
  stop: () => Promise<void>;
}

export async function startGateway(): Promise<RunningGateway> {
  if (!existsSync(join(DASHBOARD_DIST, "index.html")))
    throw new Error(`the dashboard is not built: ${BUILD_FIRST}`);
  const child = spawn(process.execPath, [gatewayEntry()], {
    env: {
      ...process.env,
      PORT: "0",
      HOST: "127.0.0.1",
      STATIC_DIR: DASHBOARD_DIST,
      LOG_LEVEL: "info",
    },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const closed = new Promise<void>((resolve) => child.on("close", () => resolve()));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill("SIGTERM");
    const timer = setTimeout(() => child.kill("SIGKILL"), STOP_TIMEOUT_MS);
    await closed;
    clearTimeout(timer);
  };

  // The server logs JSON lines; "listening" carries the port it got.
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(new Error(`the gateway did not listen within ${STARTUP_TIMEOUT_MS} ms`));
    }, STARTUP_TIMEOUT_MS);
    let buffered = "";
    child.stdout!.setEncoding("utf8").on("data", (chunk: string) => {
      buffered += chunk;
      const lines = buffered.split("\n");
      buffered = lines.pop()!;
      for (const line of lines) {
        let log: { msg?: string; port?: number } = {};
        try {
          log = JSON.parse(line) as typeof log;
        } catch {
          // not a log line
        }
        if (log.msg === "listening" && log.port) {
          clearTimeout(timer);
          resolve(log.port);
        }
      }
    });
    child.on("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`the gateway exited with ${code} before listening`));
    });
  }).catch(async (error: unknown) => {
    await stop();
    throw error;
  });

  const url = `http://127.0.0.1:${port}`;
  const health = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(5_000) });
  if (!health.ok) {
    await stop();
    throw new Error(`${url}/healthz answered ${health.status}`);
  }
  return { url, stop };
}
