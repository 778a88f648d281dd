import cluster, { type Worker } from "node:cluster";
import type { Logger } from "./logger.js";

/**
 * Runs `count` copies of this server in worker processes sharing one port (node:cluster), and
 * never returns: the primary forks them, replaces one that crashes, passes SIGTERM and SIGINT
 * on, and exits once every worker has, with 0 when they all exited 0. The gateway keeps no state
 * but the dataset, so the copies need nothing from one another.
 */
export function runWorkers(count: number, logger: Logger): Promise<never> {
  let stopping = false;
  let failed = false;
  const listening = new WeakSet<Worker>();
  const fork = () => {
    const worker = cluster.fork();
    worker.on("listening", () => listening.add(worker));
  };
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.log("info", "stopping workers", { signal });
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(signal);
  };

  cluster.on("exit", (worker, code, signal) => {
    // A worker stopped while still starting had nothing in flight: that is not a failure.
    if ((code !== 0 || signal) && (listening.has(worker) || !stopping)) failed = true;
    if (!stopping) {
      logger.log("error", "worker exited", { pid: worker.process.pid, code, signal });
      // A worker that crashed while serving is replaced; one that never listened would fail again.
      if (listening.has(worker)) return fork();
      stop("SIGTERM");
    }
    if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(failed ? 1 : 0);
  });
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);

  for (let i = 0; i < count; i++) fork();
  logger.log("info", "workers started", { workers: count });
  return new Promise<never>(() => {});
}
