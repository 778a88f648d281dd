import type { CeilingReply } from "../servers/ceiling.js";
import type { Throughput, ThroughputCommand } from "../loadgen.js";
import type { Child } from "../processes.js";
import { rssMB } from "../processes.js";
import type { Settings } from "../settings.js";
import { median, round } from "../stats.js";
import { startApollo, startCeiling, startGateway, type Server } from "../servers/start.js";
import { WORKLOADS, type Workload } from "../workloads.js";
import { expectIdentical, send } from "./identical.js";

export interface ServerFigures {
  /** Medians over the rounds. */
  rps: number;
  p50: number;
  p99: number;
  runs: Throughput[];
}

export interface WorkloadResult {
  name: string;
  title: string;
  servers: Record<string, ServerFigures>;
  /** Gateway ÷ ceiling, and gateway ÷ Apollo, of the median req/s. */
  ofCeiling: number;
  ofPeer?: number;
}

let runs = 0;

/**
 * Measures `servers` in turn, A B A B, after a warm-up of each: every server sees the same
 * conditions as often as the others, and a noisy moment hurts no one server alone.
 */
export async function inTurn(
  servers: Server[],
  workload: Workload,
  settings: Settings,
  loadgen: Child,
  etag?: string,
  /** The status every answer must have (200, or 304 to a revalidation). */
  expected = 200,
): Promise<Record<string, ServerFigures>> {
  const run = (server: Server, seconds: number) =>
    loadgen.ask<Throughput>({
      kind: "throughput",
      base: server.base,
      workload: workload.name,
      seconds,
      connections: settings.connections,
      // Streams of distinct requests start somewhere new every run.
      offset: workload.distinct > 1 ? (++runs * 100_003) % workload.distinct : 0,
      etag,
    } satisfies ThroughputCommand);
  for (const server of servers) await run(server, settings.warmUpSeconds);
  const results: Record<string, Throughput[]> = {};
  for (let round = 0; round < settings.rounds; round++) {
    for (const server of servers)
      (results[server.name] ??= []).push(await run(server, settings.seconds));
  }
  const figures: Record<string, ServerFigures> = {};
  for (const [name, list] of Object.entries(results)) {
    // Every answer must have the workload's status: an error answered fast would otherwise
    // count as throughput.
    const failed = list.find(
      (r) =>
        r.errors ||
        r.timeouts ||
        Object.keys(r.statusCodes).some((code) => code !== String(expected)),
    );
    if (failed) throw new Error(`${name} failed under ${workload.name}: ${JSON.stringify(failed)}`);
    figures[name] = {
      rps: round(median(list.map((r) => r.rps))),
      p50: median(list.map((r) => r.p50)),
      p99: median(list.map((r) => r.p99)),
      runs: list,
    };
  }
  return figures;
}

/** The ceiling replays the gateway's answer to the workload's first request, headers and all. */
async function configureCeiling(
  ceiling: Server,
  gateway: Server,
  workload: Workload,
  etag?: string,
) {
  const answer = await send(gateway.base, workload.request(0, etag));
  await ceiling.child.ask({
    status: answer.status,
    headers: answer.headers,
    body: answer.body,
  } satisfies CeilingReply);
}

export async function throughputSuite(
  settings: Settings,
  loadgen: Child,
  log: (line: string) => void,
) {
  const gateway = await startGateway({ core: 0 });
  const apollo = await startApollo(0);
  const ceiling = await startCeiling(0);
  const results: WorkloadResult[] = [];
  try {
    const chosen = WORKLOADS.filter(
      (w) => !settings.workloads || settings.workloads.includes(w.name),
    );
    for (const workload of chosen) {
      const plain = workload.request(0);
      const etag =
        plain.method === "GET" ? (await send(gateway.base, plain)).headers.etag : undefined;
      const tag = typeof etag === "string" ? etag : undefined;
      // Same bytes from every server before any is measured (a sample of a distinct stream).
      const peers: Record<string, string> = { gateway: gateway.base };
      if (workload.peer) peers.apollo = apollo.base;
      for (let i = 0; i < Math.min(workload.distinct, 10); i++) {
        await expectIdentical(peers, workload.request(i * 7919, tag));
      }
      await configureCeiling(ceiling, gateway, workload, tag);
      await expectIdentical(
        { gateway: gateway.base, ceiling: ceiling.base },
        workload.request(0, tag),
      );

      log(`throughput: ${workload.name}`);
      const servers = workload.peer ? [ceiling, gateway, apollo] : [ceiling, gateway];
      const expected = (await send(gateway.base, workload.request(0, tag))).status;
      const figures = await inTurn(servers, workload, settings, loadgen, tag, expected);
      const result: WorkloadResult = {
        name: workload.name,
        title: workload.title,
        servers: figures,
        ofCeiling: round(figures.gateway!.rps / figures.ceiling!.rps, 3),
      };
      if (figures.apollo) result.ofPeer = round(figures.gateway!.rps / figures.apollo.rps, 2);
      log(
        `  ceiling ${figures.ceiling!.rps}, gateway ${figures.gateway!.rps} (${result.ofCeiling})` +
          (figures.apollo ? `, apollo ${figures.apollo.rps}` : ""),
      );
      results.push(result);
    }
    return {
      workloads: results,
      gateway: { readyMs: gateway.readyMs, rssMB: rssMB(gateway.child.process.pid) },
    };
  } finally {
    await Promise.all([gateway.child.stop(), apollo.child.stop(), ceiling.child.stop()]);
  }
}
