import type { Child } from "../processes.js";
import type { Settings } from "../settings.js";
import { round } from "../stats.js";
import { startGateway } from "../servers/start.js";
import { workload } from "../workloads.js";
import { inTurn } from "./throughput.js";

export interface WorkersResult {
  workload: string;
  one: number;
  two: number;
  ratio: number;
}

/**
 * WORKERS=1 against WORKERS=2, neither pinned: the two workers and the load generator share
 * this machine's cores, as they would on a small VM.
 */
export async function workersSuite(
  settings: Settings,
  loadgen: Child,
  log: (line: string) => void,
) {
  const one = await startGateway({ workers: 1, name: "one" });
  const two = await startGateway({ workers: 2, name: "two" });
  const results: WorkersResult[] = [];
  try {
    for (const name of settings.workersWorkloads) {
      log(`workers: ${name}`);
      const figures = await inTurn([one, two], workload(name), settings, loadgen);
      const result = {
        workload: name,
        one: figures.one!.rps,
        two: figures.two!.rps,
        ratio: round(figures.two!.rps / figures.one!.rps, 2),
      };
      log(`  1 worker ${result.one}, 2 workers ${result.two}`);
      results.push(result);
    }
    return results;
  } finally {
    await Promise.all([one.child.stop(), two.child.stop()]);
  }
}
