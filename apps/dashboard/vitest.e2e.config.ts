// End-to-end tests: the built dashboard served by the real gateway, driven in headless Chromium.
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    environment: "node",
    include: ["e2e/**/*.test.ts"],
    globalSetup: ["./e2e/globalSetup.ts"],
    // One browser, one server: the steps run in order in one file.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
