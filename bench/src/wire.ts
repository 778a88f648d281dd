// `pnpm bench:wire`: bytes on the wire for the dashboard's first view and its timeline query,
// uncompressed (before compression) and as the gateway sends them now to a client that accepts
// gzip or brotli. Byte counts, not timings: they do not depend on the machine. Needs the built
// gateway and dashboard (`turbo run build --filter=@nato-russia/dashboard...`).
import { readdirSync, readFileSync } from "node:fs";
import { request } from "node:http";
import { fileURLToPath } from "node:url";
import { startServer } from "@nato-russia/gateway/testing";

const dist = fileURLToPath(new URL("../../apps/dashboard/dist", import.meta.url));
const manifest = JSON.parse(
  readFileSync(
    new URL("../../packages/client/src/generated/persisted-documents.json", import.meta.url),
    "utf8",
  ),
) as Record<string, string>;
const timeline = Object.values(manifest).find((text) => text.includes("query Timeline"))!;

const html = readFileSync(`${dist}/index.html`, "utf8");
const eager = [
  ...html.matchAll(/<script type="module"[^>]*\ssrc="([^"]+)"/g),
  ...html.matchAll(/<link rel="(?:modulepreload|stylesheet)"[^>]*\shref="([^"]+)"/g),
].map(([, path]) => path!);
// Every other script is a lazily loaded chunk: the charts, which the timeline draws.
const lazy = readdirSync(`${dist}/assets`)
  .filter((name) => name.endsWith(".js") && !eager.includes(`/assets/${name}`))
  .map((name) => `/assets/${name}`);

const ENCODINGS = ["identity", "gzip", "br"] as const;

/** The bytes of a response's body as sent (still compressed), by node:http. */
function wireBytes(base: string, path: string, encoding: string, accept = "*/*") {
  return new Promise<number>((resolve, reject) => {
    const req = request(
      `${base}${path}`,
      { headers: { "accept-encoding": encoding, accept } },
      (res) => {
        let bytes = 0;
        res.on("data", (chunk: Buffer) => (bytes += chunk.length));
        res.on("end", () =>
          res.statusCode === 200 ? resolve(bytes) : reject(new Error(`${path}: ${res.statusCode}`)),
        );
      },
    );
    req.on("error", reject);
    req.end();
  });
}

const server = await startServer({ env: { STATIC_DIR: dist } });
try {
  const sum = async (paths: string[], encoding: string) => {
    let total = 0;
    for (const path of paths) total += await wireBytes(server.url, path, encoding);
    return total;
  };
  const query = new URLSearchParams({
    query: timeline,
    operationName: "Timeline",
    variables: JSON.stringify({ first: 100 }),
  });
  const rows: [string, ...number[]][] = [
    [
      "First view: index.html, CSS, eager JS",
      ...(await Promise.all(ENCODINGS.map((e) => sum(["/", ...eager], e)))),
    ],
    [
      "Timeline's chart code, loaded after it",
      ...(await Promise.all(ENCODINGS.map((e) => sum(lazy, e)))),
    ],
    [
      "Timeline query, 100 events (GET)",
      ...(await Promise.all(
        ENCODINGS.map((e) => wireBytes(server.url, `/graphql?${query}`, e, "application/json")),
      )),
    ],
  ];
  const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
  console.log("| What | Uncompressed | gzip | brotli | brotli / uncompressed |");
  console.log("| --- | ---: | ---: | ---: | ---: |");
  for (const [what, identity, gzip, br] of rows)
    console.log(
      `| ${what} | ${kb(identity!)} | ${kb(gzip!)} | ${kb(br!)} | ${(br! / identity!).toFixed(2)} |`,
    );
} finally {
  await server.stop();
}
