// The process tests: fuzzing, load, SIGTERM, workers, the real server and the adversarial
// tests that need one. Slower than the everyday suite; CI runs both (`test:slow`).
import { defineConfig } from "vitest/config";
import base from "./vitest.config.js";

export default defineConfig({
  resolve: base.resolve,
  test: {
    include: ["test/slow/**/*.test.ts", "test/**/*.slow.test.ts"],
    // One file at a time: each measures the machine (load, event-loop delay, memory).
    fileParallelism: false,
    testTimeout: 180_000,
    hookTimeout: 60_000,
    // The memory tests measure the heap after a full collection.
    poolOptions: { forks: { execArgv: ["--expose-gc"] } },
  },
});
