import { defineConfig } from "tsup";

export default defineConfig({
  entry: { index: "src/index.ts", "react-query": "src/react-query/index.ts" },
  format: ["esm", "cjs"],
  // Both entries share one copy of the client (one ClientError class), in CommonJS too.
  splitting: true,
  dts: true,
  clean: true,
  sourcemap: true,
  target: "es2022",
});
