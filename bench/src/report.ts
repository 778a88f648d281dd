import type { Machine } from "./machine.js";
import type { Settings } from "./settings.js";
import type { ScaleResult } from "./suites/scale.js";
import type { WorkloadResult } from "./suites/throughput.js";
import type { Target } from "./targets.js";

export interface Results {
  command: string;
  date: string;
  machine: Machine;
  settings: Settings;
  gateway: { readyMs: number; rssMB?: number };
  workloads: WorkloadResult[];
  scale: ScaleResult[];
  targets: Target[];
}

const table = (head: string[], rows: (string | number)[][]) =>
  [
    `| ${head.join(" | ")} |`,
    `| ${head.map(() => "---").join(" | ")} |`,
    ...rows.map((row) => `| ${row.join(" | ")} |`),
  ].join("\n");

const int = (n: number) => Math.round(n).toLocaleString("en-US");
const pct = (ratio: number) => `${Math.round(ratio * 100)}%`;
// autocannon counts whole milliseconds: 0 means under one.
const ms = (value: number) => (value === 0 ? "<1" : String(value));

/** The run as Markdown: machine, targets, then every table. */
export function markdown(results: Results): string {
  const { machine, settings } = results;
  const lines: string[] = [];
  lines.push(
    `Command: \`${results.command}\` (${results.date.slice(0, 10)}). Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, Node ${machine.node}; ` +
      (machine.pinned
        ? "each server pinned to core 0 and the load generator (autocannon) to core 1 with taskset."
        : "no pinning (taskset or a second core is missing): servers and load generator share the cores.") +
      ` Each figure is the median of ${settings.rounds} runs of ${settings.seconds} s at ${settings.connections} connections, servers measured in turn after a ${settings.warmUpSeconds} s warm-up each.`,
  );
  lines.push("", "### Targets", "");
  lines.push(
    table(
      ["Target", "Measured", "Met"],
      results.targets.map((t) => [t.target, t.measured, t.met ? "met" : "**missed**"]),
    ),
  );
  lines.push("", "### Throughput against the ceiling and Apollo Server", "");
  lines.push(
    table(
      [
        "Workload",
        "Ceiling req/s",
        "Gateway req/s",
        "Gateway ÷ ceiling",
        "Gateway p50 / p99 ms",
        "Apollo req/s",
        "Gateway ÷ Apollo",
        "Apollo p50 / p99 ms",
      ],
      results.workloads.map((w) => {
        const { ceiling, gateway, apollo } = w.servers;
        return [
          w.title,
          int(ceiling!.rps),
          int(gateway!.rps),
          pct(w.ofCeiling),
          `${ms(gateway!.p50)} / ${ms(gateway!.p99)}`,
          apollo ? int(apollo.rps) : "n/a",
          w.ofPeer !== undefined ? `${w.ofPeer}×` : "n/a",
          apollo ? `${ms(apollo.p50)} / ${ms(apollo.p99)}` : "n/a",
        ];
      }),
    ),
  );
  lines.push("", "### Scale: synthetic datasets through `createGateway`", "");
  lines.push(
    table(
      [
        "Events",
        "Ready (first answer)",
        "First search (makes the index)",
        "Load modules / generate / index",
        "RSS",
        "Filtered page p50 / p99 ms",
        "Search p50 / p99 ms",
        "Stats p50 / p99 ms",
      ],
      results.scale.map((s) => [
        int(s.events),
        `${int(s.readyMs)} ms`,
        `${int(s.firstSearchMs)} ms`,
        `${s.phases.modulesMs} / ${s.phases.generateMs} / ${s.phases.indexMs} ms`,
        s.rssMB === undefined ? "n/a" : `${s.rssMB} MB`,
        `${s.latency.filtered!.p50} / ${s.latency.filtered!.p99}`,
        `${s.latency.search!.p50} / ${s.latency.search!.p99}`,
        `${s.latency.stats!.p50} / ${s.latency.stats!.p99}`,
      ]),
    ),
  );

  lines.push(
    "",
    `The real server (\`dist/server.js\`, released dataset) answered /healthz ${int(results.gateway.readyMs)} ms after its start (citation styles are loaded first) and used ${results.gateway.rssMB ?? "n/a"} MB after the throughput runs.`,
  );
  return lines.join("\n");
}
