import { defineConfig } from "vitest/config";

// Process tests (`pnpm test:slow`): the ones that start a browser.
export default defineConfig({
  test: {
    include: ["test/slow/**/*.slow.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
