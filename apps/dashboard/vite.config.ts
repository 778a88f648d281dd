import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { datasetHead } from "./datasetHead";

export default defineConfig({
  // datasetHead: the dataset's JSON-LD and Open Graph tags, from @nato-russia/data.
  plugins: [react(), datasetHead()],
  // `pnpm dev` serves the app with hot reload; the API comes from a gateway on port 4000.
  server: { proxy: { "/graphql": "http://127.0.0.1:4000" } },
  build: {
    outDir: "dist",
    rollupOptions: {
      // The charting library changes less often than the app: its own file stays cached.
      output: { manualChunks: { charts: ["recharts"] } },
    },
  },
});
