import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { datasetHead } from "./datasetHead";
import { precompress } from "./build/precompress";

export default defineConfig({
  // datasetHead: the dataset's JSON-LD and Open Graph tags, from @nato-russia/data.
  // precompress: .br and .gz beside every built text file, served by the gateway as they are.
  plugins: [react(), datasetHead(), precompress()],
  // `pnpm dev` serves the app with hot reload; the API comes from a gateway on port 4000.
  server: { proxy: { "/graphql": "http://127.0.0.1:4000" } },
  build: {
    outDir: "dist",
    // Recharts is not split out by hand: the charts import it lazily (src/ui/lazyChart.tsx), so
    // it lands in their own chunk, fetched only by views that draw a chart.
  },
});
