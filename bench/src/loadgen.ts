// The load generator: a long-lived child process (pinned to its own core where it can be)
// that takes commands over IPC, so no measurement pays for starting Node.
import { Agent, request as httpRequest } from "node:http";
import autocannon from "autocannon";
import { PROBES } from "./probes.js";
import { workload, type BenchRequest } from "./workloads.js";

export interface ThroughputCommand {
  kind: "throughput";
  base: string;
  workload: string;
  seconds: number;
  connections: number;
  /** Where a stream of distinct requests starts, so runs do not replay each other. */
  offset: number;
  etag?: string;
}

export interface LatencyCommand {
  kind: "latency";
  base: string;
  probe: string;
  count: number;
  offset: number;
  /** Stop after this long even if fewer than `count` requests were sent. */
  maxSeconds: number;
}

export interface Throughput {
  rps: number;
  p50: number;
  p99: number;
  total: number;
  errors: number;
  timeouts: number;
  statusCodes: Record<string, number>;
  /** Share of one core the load generator itself used: near 1, it was the bottleneck. */
  loadgenCpu: number;
}

export interface Latency {
  requests: number;
  p50: number;
  p99: number;
  mean: number;
  statusCodes: Record<string, number>;
}

async function throughput(command: ThroughputCommand): Promise<Throughput> {
  const w = workload(command.workload);
  const first = w.request(command.offset, command.etag);
  let next = command.offset;
  const requests =
    w.distinct > 1
      ? [
          {
            ...first,
            // Onto autocannon's own request: a bare object would lose its Host header, which it
            // then sends as "undefined:undefined" (the gateway answers that 400, once 500).
            setupRequest: (req: object) => ({ ...req, ...w.request(next++, command.etag) }),
          },
        ]
      : [first];
  const cpu = process.cpuUsage();
  const started = performance.now();
  const result = await autocannon({
    url: command.base,
    connections: command.connections,
    duration: command.seconds,
    requests,
  });
  const used = process.cpuUsage(cpu);
  const elapsed = (performance.now() - started) * 1000;
  const statusCodes: Record<string, number> = {};
  for (const [code, stats] of Object.entries(result.statusCodeStats ?? {})) {
    statusCodes[code] = stats?.count ?? 0;
  }
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    total: result.requests.total,
    errors: result.errors,
    timeouts: result.timeouts ?? 0,
    statusCodes,
    loadgenCpu: (used.user + used.system) / elapsed,
  };
}

/** One request at a time on one kept-alive connection; milliseconds with fractions. */
function timed(agent: Agent, base: string, req: BenchRequest): Promise<[number, number]> {
  const url = new URL(req.path, base);
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(
      url,
      { agent, method: req.method, headers: req.headers },
      (res) => {
        res.resume();
        res.on("end", () => resolve([performance.now() - started, res.statusCode ?? 0]));
      },
    );
    outgoing.on("error", reject);
    outgoing.end(req.body);
  });
}

async function latency(command: LatencyCommand): Promise<Latency> {
  const probe = PROBES[command.probe];
  if (!probe) throw new Error(`no probe ${command.probe}`);
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const times: number[] = [];
  const statusCodes: Record<string, number> = {};
  const deadline = performance.now() + command.maxSeconds * 1000;
  for (let i = 0; i < command.count && performance.now() < deadline; i++) {
    const [ms, status] = await timed(agent, command.base, probe.request(command.offset + i));
    times.push(ms);
    statusCodes[status] = (statusCodes[status] ?? 0) + 1;
  }
  agent.destroy();
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
  return {
    requests: times.length,
    p50: at(0.5),
    p99: at(0.99),
    mean: times.reduce((a, b) => a + b, 0) / times.length,
    statusCodes,
  };
}

process.on("message", (command: ThroughputCommand | LatencyCommand) => {
  const run = command.kind === "throughput" ? throughput(command) : latency(command);
  run.then(
    (result) => process.send!({ ok: true, result }),
    (error: Error) => process.send!({ ok: false, error: error.message }),
  );
});
process.send!({ ready: true });
