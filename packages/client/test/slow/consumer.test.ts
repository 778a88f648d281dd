// Packs the client, installs the tarball into a project outside the workspace, and compiles
// and runs a TypeScript program against a running gateway.
import { execFileSync, execFile } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, expect, it } from "vitest";
import { gateway } from "../gateway.js";

const pkgDir = fileURLToPath(new URL("../..", import.meta.url));
const tsc = fileURLToPath(new URL("../../../../node_modules/typescript/bin/tsc", import.meta.url));
let project: string;
let server: Server;
let url: string;

// Without NODE_PATH (pnpm's bin shims set it to the workspace's hoisted packages), the project
// sees only what it installed.
const env = { ...process.env, NODE_PATH: undefined };
const run = (cmd: string, args: string[]) =>
  execFileSync(cmd, args, {
    cwd: project,
    env,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  });

beforeAll(async () => {
  server = createServer(gateway.listener);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;

  project = mkdtempSync(join(tmpdir(), "nato-russia-client-consumer-"));
  execFileSync("npm", ["pack", "--pack-destination", project], { cwd: pkgDir, stdio: "pipe" });
  const tarball = readdirSync(project).find((f) => f.endsWith(".tgz"))!;
  writeFileSync(
    join(project, "package.json"),
    JSON.stringify({ name: "consumer", private: true, type: "module" }),
  );
  run("npm", ["install", "--no-audit", "--no-fund", "--ignore-scripts", `./${tarball}`]);
}, 120_000);

afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
  rmSync(project, { recursive: true, force: true });
});

it("compiles and runs a three-line TypeScript program against a running gateway", async () => {
  writeFileSync(
    join(project, "main.ts"),
    `declare const process: { env: Record<string, string | undefined> }; // no @types/node here
import { createClient, type DatePrecision } from "@nato-russia/client";
const client = createClient({ url: process.env.GATEWAY_URL! });
const { event } = await client.eventPage({ slug: "russia-annexes-crimea" });
const precision: DatePrecision | undefined = event?.date.precision;
console.log(JSON.stringify({ title: event?.title, precision, quote: event?.sources[0]?.quote }));
`,
  );
  writeFileSync(
    join(project, "tsconfig.json"),
    JSON.stringify({
      compilerOptions: {
        strict: true,
        module: "NodeNext",
        moduleResolution: "NodeNext",
        target: "ES2022",
        lib: ["ES2022", "DOM"],
        types: [],
        skipLibCheck: false,
      },
      files: ["main.ts"],
    }),
  );
  run("node", [tsc, "-p", "."]);
  const { stdout } = await promisify(execFile)("node", ["main.js"], {
    cwd: project,
    env: { ...env, GATEWAY_URL: url },
  });
  const result = JSON.parse(stdout);
  expect(result.title).toMatch(/Crimea/);
  expect(["DAY", "MONTH", "YEAR", "DECADE"]).toContain(result.precision);
  expect(result.quote.length).toBeGreaterThan(10);
}, 120_000); // tsc on a shared 2-core machine

it("needs no TanStack Query: the optional peer dependency is not installed", () => {
  expect(() => run("node", ["-e", `require.resolve("@tanstack/react-query")`])).toThrow();
  expect(run("node", ["-e", `require("@nato-russia/client")`])).toBe("");
});

it("can be required from CommonJS", () => {
  const out = run("node", [
    "-e",
    `const c = require("@nato-russia/client"); console.log(typeof c.createClient, c.CitationStyle.APA)`,
  ]);
  expect(out.trim()).toBe("function APA");
});
