// `pnpm bench` (full) or `pnpm bench:quick`: runs every suite, writes results/<mode>.json,
// prints the tables, and after a full run rewrites the tables in BENCHMARKS.md.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { format, resolveConfig } from "prettier";
import { describeMachine } from "./machine.js";
import { firstMessage, startNode } from "./processes.js";
import { markdown, type Results } from "./report.js";
import { FULL, QUICK } from "./settings.js";
import { scaleSuite } from "./suites/scale.js";
import { throughputSuite } from "./suites/throughput.js";
import { evaluateTargets } from "./targets.js";

const settings = process.argv.includes("--quick") ? QUICK : FULL;
const command = settings.mode === "quick" ? "pnpm bench:quick" : "pnpm bench";
const log = (line: string) => console.error(`[bench] ${line}`);
const started = performance.now();

const machine = describeMachine();
log(`${machine.cpu}, ${machine.cores} cores, Node ${machine.node}, pinned: ${machine.pinned}`);
const loadgenScript = fileURLToPath(new URL("./loadgen.js", import.meta.url));
const startLoadgen = async (core?: number) => {
  const child = startNode(loadgenScript, { core });
  await firstMessage(child);
  return child;
};

const pinnedLoadgen = await startLoadgen(1);
let results: Results;
try {
  const throughput = await throughputSuite(settings, pinnedLoadgen, log);
  const scale = await scaleSuite(settings, pinnedLoadgen, log);
  results = {
    command,
    date: new Date().toISOString(),
    machine,
    settings,
    gateway: throughput.gateway,
    workloads: throughput.workloads,
    scale,
    targets: evaluateTargets(throughput.workloads, scale),
  };
} finally {
  await pinnedLoadgen.stop();
}

const root = new URL("../", import.meta.url);
mkdirSync(new URL("results/", root), { recursive: true });
const file = new URL(`results/${settings.mode}.json`, root);
// Formatted as the repository's Prettier would, so `prettier --check` passes on what a run writes.
const style = (await resolveConfig(fileURLToPath(file))) ?? {};
writeFileSync(file, await format(JSON.stringify(results), { ...style, parser: "json" }));
const summary = await format(markdown(results), { ...style, parser: "markdown" });
console.log(summary);
log(`results in ${fileURLToPath(file)}; ${Math.round((performance.now() - started) / 1000)} s`);

if (settings.mode === "full") {
  // BENCHMARKS.md keeps its prose; the part between the markers is this run's.
  const benchmarks = new URL("../BENCHMARKS.md", root);
  const text = readFileSync(benchmarks, "utf8");
  const [start, end] = ["<!-- results:start -->", "<!-- results:end -->"];
  const before = text.slice(0, text.indexOf(start) + start.length);
  const after = text.slice(text.indexOf(end));
  const updated = await format(`${before}\n\n${summary}\n${after}`, {
    ...style,
    parser: "markdown",
  });
  writeFileSync(benchmarks, updated);
  log(`tables written to ${fileURLToPath(benchmarks)}`);
}
