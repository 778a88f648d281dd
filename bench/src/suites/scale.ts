import { fileURLToPath } from "node:url";
import type { Latency, LatencyCommand } from "../loadgen.js";
import { firstAnswer, firstMessage, rssMB, startNode, type Child } from "../processes.js";
import { PROBES } from "../probes.js";
import type { Settings } from "../settings.js";
import { round } from "../stats.js";

export interface ScaleResult {
  events: number;
  /** From spawning the process to its first answered query. */
  readyMs: number;
  /** The first search, which makes the search index. */
  firstSearchMs: number;
  phases: Record<string, number>;
  /** After the probes. */
  rssMB?: number;
  latency: Record<string, Latency>;
}

/** A synthetic dataset of each size, loaded through createGateway in its own process. */
export async function scaleSuite(settings: Settings, loadgen: Child, log: (line: string) => void) {
  const script = fileURLToPath(new URL("../servers/syntheticGateway.js", import.meta.url));
  const results: ScaleResult[] = [];
  for (const events of settings.sizes) {
    log(`scale: ${events} events`);
    const started = performance.now();
    const child = startNode(script, { core: 0, args: [String(events)] });
    try {
      const { port, phases } = await firstMessage<{ port: number; phases: Record<string, number> }>(
        child,
      );
      const base = `http://127.0.0.1:${port}`;
      const first = PROBES.filtered!.request(0);
      const answered = await firstAnswer(
        `${base}${first.path}`,
        { method: first.method, headers: first.headers, body: first.body },
        child,
      );
      const search = PROBES.search!.request(0);
      const searchStarted = performance.now();
      const searched = await fetch(`${base}${search.path}`, {
        method: search.method,
        headers: search.headers,
        body: search.body,
      });
      await searched.arrayBuffer();
      const firstSearchMs = Math.round(performance.now() - searchStarted);
      const latency: Record<string, Latency> = {};
      for (const probe of Object.keys(PROBES)) {
        const ask = (offset: number, count: number) =>
          loadgen.ask<Latency>({
            kind: "latency",
            base,
            probe,
            offset,
            count,
            maxSeconds: settings.probeSeconds,
          } satisfies LatencyCommand);
        await ask(0, settings.probeWarmUp);
        const measured = await ask(settings.probeWarmUp, settings.probeCount);
        latency[probe] = {
          ...measured,
          p50: round(measured.p50, 2),
          p99: round(measured.p99, 2),
          mean: round(measured.mean, 2),
        };
      }
      const result: ScaleResult = {
        events,
        readyMs: Math.round(answered - started),
        firstSearchMs,
        phases,
        rssMB: rssMB(child.process.pid),
        latency,
      };
      log(
        `  ready ${result.readyMs} ms, first search ${firstSearchMs} ms, RSS ${result.rssMB} MB, ` +
          `filtered p50 ${latency.filtered!.p50} ms, search p50 ${latency.search!.p50} ms`,
      );
      results.push(result);
    } finally {
      await child.stop();
    }
  }
  return results;
}
