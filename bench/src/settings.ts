/** How long and how often each measurement runs: a full run, or a quick smoke run. */
export interface Settings {
  mode: "full" | "quick";
  warmUpSeconds: number;
  seconds: number;
  rounds: number;
  connections: number;
  /** Requests per latency probe at each dataset size, after `probeWarmUp` unmeasured ones. */
  probeCount: number;
  probeWarmUp: number;
  /** A probe stops early after this long (a slow search at 100k events would take minutes). */
  probeSeconds: number;
  sizes: number[];
  /** Workloads measured (all when undefined). */
  workloads?: string[];
}

export const FULL: Settings = {
  mode: "full",
  warmUpSeconds: 3,
  seconds: 5,
  rounds: 3,
  connections: 10,
  probeCount: 300,
  probeWarmUp: 50,
  probeSeconds: 15,
  sizes: [1_000, 10_000, 100_000],
};

export const QUICK: Settings = {
  ...FULL,
  mode: "quick",
  warmUpSeconds: 0.5,
  seconds: 1,
  rounds: 2,
  probeCount: 60,
  probeWarmUp: 10,
  probeSeconds: 2,
  // The targets' workloads and one of each other kind.
  workloads: [
    "timeline-post",
    "timeline-get",
    "timeline-304",
    "event-page",
    "rows-100",
    "distinct",
    "distinct-timeline",
  ],
};
