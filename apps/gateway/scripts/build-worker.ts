// `pnpm build:worker`: the Cloudflare Workers bundle, dist-worker/worker.js, one ES module with
// the gateway, the dataset, the citation styles and a persisted-operations manifest in it (a
// worker has no file system). The manifest is the client's (the dashboard's operations) unless
// PERSISTED_OPERATIONS names another at build time; PERSISTED_OPERATIONS_ONLY=true bundles the
// persisted-only mode. Prints the bundle's size, raw and gzipped.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build, type Plugin } from "esbuild";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const outfile = resolve(root, "dist-worker/worker.js");
const manifest = resolve(
  process.env.PERSISTED_OPERATIONS ||
    resolve(root, "../../packages/client/src/generated/persisted-documents.json"),
);
const only = process.env.PERSISTED_OPERATIONS_ONLY === "true";

/** Node-only modules and the Workers build's stand-ins for them. */
const standIns: Plugin = {
  name: "worker-stand-ins",
  setup(build) {
    build.onResolve({ filter: /\/citationStyles\.js$/ }, () => ({
      path: resolve(root, "src/worker/citationStyles.ts"),
    }));
    build.onResolve({ filter: /^@graphql-yoga\/render-graphiql$/ }, () => ({
      path: resolve(root, "src/worker/noGraphiQL.ts"),
    }));
    build.onResolve({ filter: /^@apollo\/subgraph(?:\/.*)?$/ }, () => ({
      path: resolve(root, "src/worker/noFederation.ts"),
    }));
  },
};

rmSync(dirname(outfile), { recursive: true, force: true });
mkdirSync(dirname(outfile), { recursive: true });
const result = await build({
  stdin: {
    contents: [
      `import manifest from ${JSON.stringify(manifest)};`,
      `import { createWorker } from "./src/worker/createWorker.ts";`,
      `export default createWorker({ persistedOperations: { manifest, only: ${only} } });`,
    ].join("\n"),
    resolveDir: root,
    sourcefile: "worker-entry.ts",
    loader: "ts",
  },
  outfile,
  bundle: true,
  format: "esm",
  platform: "neutral",
  target: "es2022",
  mainFields: ["workerd", "worker", "browser", "module", "main"],
  conditions: ["workerd", "worker", "browser", "import", "default"],
  // Provided by the runtime (node:* under the nodejs_compat flag of wrangler.toml).
  external: ["node:*", "cloudflare:*"],
  loader: { ".csl": "text", ".json": "json" },
  plugins: [standIns],
  minify: true,
  legalComments: "none",
  metafile: true,
  logLevel: "warning",
});

const bytes = readFileSync(outfile);
const gzipped = gzipSync(bytes, { level: 9 }).length;
writeFileSync(resolve(root, "dist-worker/meta.json"), JSON.stringify(result.metafile));
console.log(
  `dist-worker/worker.js: ${(bytes.length / 1024).toFixed(0)} KiB, ${(gzipped / 1024).toFixed(0)} KiB gzipped (free-plan limit: 3 MiB gzipped)`,
);
