import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // The process tests run apart, with vitest.slow.config.ts (`test:slow`).
    exclude: ["test/slow/**", "**/node_modules/**"],
    testTimeout: 30_000,
    // Node runs the gateway as it runs in production, so it and graphql-yoga share one graphql
    // (Vite would otherwise inline the workspace package and load graphql's ESM copy beside the CJS one).
    server: { deps: { external: [/apps\/gateway\/dist/] } },
    typecheck: { include: ["test/**/*.test-d.ts"], tsconfig: "./tsconfig.json" },
  },
});
