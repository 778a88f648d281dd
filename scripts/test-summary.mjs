// Sums the per-package vitest summaries in a log ("Tests  2 failed | 13 passed (15)") into one
// closing line, "tests: N passed, N failed", so a CI reader sees the whole run at a glance.
import { readFileSync } from "node:fs";

const log = readFileSync(process.argv[2], "utf8").replace(/\x1b\[[0-9;]*m/g, "");
const totals = { passed: 0, failed: 0, skipped: 0 };
for (const [, counts] of log.matchAll(/^\S*:?\s*Tests\s+(.+?)\s+\(\d+\)\s*$/gm)) {
  for (const [, n, kind] of counts.matchAll(/(\d+) (passed|failed|skipped)/g))
    totals[kind] += Number(n);
}
const skipped = totals.skipped ? `, ${totals.skipped} skipped` : "";
console.log(`tests: ${totals.passed} passed, ${totals.failed} failed${skipped}`);
