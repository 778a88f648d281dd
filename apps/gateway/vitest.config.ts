import { createRequire } from "node:module";
import { defineConfig } from "vitest/config";

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // graphql 16 ships CJS (main) and ESM (module) with no exports map: Node, and so the
    // externalized Pothos and yoga, load the CJS build, while Vite would pick the ESM one for
    // our sources. Two copies break `instanceof`, so tests use the one Node uses.
    alias: [{ find: /^graphql$/, replacement: require.resolve("graphql") }],
  },
  test: {
    include: ["test/**/*.test.ts"],
    // The process tests run apart, with vitest.slow.config.ts (`test:slow`).
    exclude: ["test/slow/**", "test/**/*.slow.test.ts", "**/node_modules/**"],
    // The first Chicago citation parses a 170 kB CSL style; the server test builds and spawns.
    testTimeout: 30_000,
  },
});
