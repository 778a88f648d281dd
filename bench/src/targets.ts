import type { ScaleResult } from "./suites/scale.js";
import type { WorkloadResult } from "./suites/throughput.js";

/** One of the performance targets, as this run measured it. */
export interface Target {
  target: string;
  measured: string;
  met: boolean;
}

const percent = (ratio: number) => `${Math.round(ratio * 100)}%`;

/** The targets of issue 13: throughput floors against the ceiling and Apollo, and scale. */
export function evaluateTargets(workloads: WorkloadResult[], scale: ScaleResult[]): Target[] {
  const w = (name: string) => workloads.find((result) => result.name === name);
  const targets: Target[] = [];
  const ofCeiling = (name: string, label: string, threshold: number) => {
    const result = w(name);
    if (!result) return;
    targets.push({
      target: `${label}: at least ${percent(threshold)} of the ceiling`,
      measured: percent(result.ofCeiling),
      met: result.ofCeiling >= threshold,
    });
  };
  ofCeiling("timeline-post", "Repeated dashboard query (POST)", 0.85);
  ofCeiling("timeline-get", "Repeated dashboard query (GET)", 0.85);
  ofCeiling(
    "timeline-304",
    "If-None-Match revalidation (ceiling: a bare server answering 304)",
    0.8,
  );
  ofCeiling("distinct-timeline", "Distinct 100-row timelines with actors", 0.25);
  const distinct = w("distinct-timeline");
  if (distinct?.ofPeer !== undefined) {
    targets.push({
      target: "Distinct 100-row timelines with actors: at least 5× Apollo Server",
      measured: `${distinct.ofPeer}×`,
      met: distinct.ofPeer >= 5,
    });
  }
  const smallest = scale.find((result) => result.events === 1_000);
  const largest = scale.find((result) => result.events === 100_000);
  if (smallest && largest) {
    const ratio = largest.latency.filtered!.p50 / smallest.latency.filtered!.p50;
    targets.push({
      target: "100k events: filtered page p50 at most 3× its value at 1k",
      measured: `${ratio.toFixed(2)}× (${largest.latency.filtered!.p50} ms vs ${smallest.latency.filtered!.p50} ms)`,
      met: ratio <= 3,
    });
  }
  if (largest) {
    const search = largest.latency.search!;
    targets.push({
      target: "100k events: search p50 at most 10 ms",
      measured: `${search.p50} ms`,
      met: search.p50 <= 10,
    });
    targets.push({
      target: "100k events: search p99 at most 50 ms",
      measured: `${search.p99} ms`,
      met: search.p99 <= 50,
    });
    targets.push({
      target: "100k events: RSS at most 300 MB",
      measured: largest.rssMB === undefined ? "not measurable here" : `${largest.rssMB} MB`,
      met: largest.rssMB !== undefined && largest.rssMB <= 300,
    });
    targets.push({
      target: "100k events: ready (first answered query) in at most 2 s",
      measured: `${(largest.readyMs / 1000).toFixed(2)} s`,
      met: largest.readyMs <= 2000,
    });
  }
  return targets;
}
