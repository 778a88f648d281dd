// The process tests: packing the tarball and installing it with npm in empty projects.
// Slower than the everyday suite; the root test command runs both (`test:slow`).
import { defineConfig } from "vitest/config";
import base from "./vitest.config.js";

export default defineConfig({
  test: {
    include: ["test/slow/**/*.test.ts"],
    server: base.test?.server,
    testTimeout: 180_000,
    hookTimeout: 300_000,
  },
});
