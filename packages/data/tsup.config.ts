import { defineConfig } from "tsup";

// ESM + CJS with declarations; the JSON records are bundled in, zod and minisearch stay external.
export default defineConfig({
  entry: { index: "src/index.ts", schemas: "src/schemas.ts" },
  format: ["esm", "cjs"],
  dts: true,
  clean: true,
  // No source maps: the output is unminified and readable, and maps would double the tarball.
  sourcemap: false,
  target: "node20",
  // import.meta.url in the CommonJS build too: the search index is read from beside the bundle.
  shims: true,
});
