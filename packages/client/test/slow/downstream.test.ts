// A downstream project, as the README describes it: the packed tarball, codegen and TanStack
// Query installed with npm in an empty project. Its own typed queries against the shipped
// schema (the README's codegen.ts, query and program through graphql-codegen, tsc and node),
// and the react-query subpath, against a gateway.
import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
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
const pkg = JSON.parse(readFileSync(join(pkgDir, "package.json"), "utf8"));
const readme = readFileSync(join(pkgDir, "README.md"), "utf8");
let project: string;
let server: Server;
let url: string;

// Asynchronous: the gateway answering the program runs in this process.
// Without NODE_PATH (pnpm's bin shims set it to the workspace's hoisted packages), the project
// sees only what it installed. A failure shows the command's output (tsc reports on stdout).
const env = { ...process.env, NODE_PATH: undefined };
async function run(cmd: string, args: string[], cwd = project): Promise<string> {
  try {
    return (await promisify(execFile)(cmd, args, { cwd, env, encoding: "utf8" })).stdout;
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    throw new Error(`${cmd} ${args.join(" ")} failed:\n${stdout}${stderr}`, { cause: error });
  }
}

/** The README's code block whose first line is `firstLine`. */
function readmeBlock(firstLine: string): string {
  const block = readme.split("```").find((part) => part.split("\n")[1] === firstLine);
  if (!block) throw new Error(`README has no code block starting "${firstLine}"`);
  return block.slice(block.indexOf("\n") + 1);
}

beforeAll(async () => {
  server = createServer(gateway.listener);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;

  project = mkdtempSync(join(tmpdir(), "nato-russia-client-codegen-"));
  await run("npm", ["pack", "--pack-destination", project], pkgDir);
  const tarball = readdirSync(project).find((f) => f.endsWith(".tgz"))!;
  writeFileSync(
    join(project, "package.json"),
    JSON.stringify({ name: "downstream", private: true, type: "module" }),
  );
  // The versions this package builds with (the README's install line, pinned).
  const devDependencies = [
    `@graphql-codegen/cli@${pkg.devDependencies["@graphql-codegen/cli"]}`,
    `@graphql-codegen/client-preset@${pkg.devDependencies["@graphql-codegen/client-preset"]}`,
    `@graphql-typed-document-node/core@${pkg.dependencies["@graphql-typed-document-node/core"]}`,
    `graphql@${pkg.devDependencies.graphql}`,
    ...["@tanstack/react-query", "react", "@types/react"].map(
      (name) => `${name}@${pkg.devDependencies[name]}`,
    ),
  ];
  await run("npm", ["install", "--no-audit", "--no-fund", "--ignore-scripts", `./${tarball}`]);
  await run("npm", [
    "install",
    "--no-audit",
    "--no-fund",
    "--ignore-scripts",
    "--save-dev",
    ...devDependencies,
  ]);
}, 300_000);

afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
  if (project) rmSync(project, { recursive: true, force: true });
});

it("ships schema.graphql as a subpath export, with a header saying it is a generated copy", async () => {
  const path = (
    await run("node", ["-p", `require.resolve("@nato-russia/client/schema.graphql")`])
  ).trim();
  const shipped = readFileSync(path, "utf8");
  expect(shipped.split("\n")[0]).toMatch(/^# The GraphQL schema of the NATO–Russia relations API/);
  expect(shipped).toMatch(/Generated: copied from the gateway's schema.graphql/);
  const gatewaySchema = readFileSync(join(pkgDir, "../../apps/gateway/schema.graphql"), "utf8");
  const definitions = (sdl: string) => sdl.slice(sdl.indexOf('"""'));
  expect(definitions(shipped)).toBe(definitions(gatewaySchema));
});

it("generates typed documents from the README's codegen.ts that tsc accepts and node runs", async () => {
  mkdirSync(join(project, "src"));
  writeFileSync(join(project, "codegen.ts"), readmeBlock("// codegen.ts"));
  writeFileSync(
    join(project, "src/recentEvents.graphql"),
    readmeBlock("# src/recentEvents.graphql"),
  );
  const main = readmeBlock("// src/main.ts, after `npx graphql-codegen`");
  expect(main).toContain('"http://localhost:4000/graphql"');
  writeFileSync(
    join(project, "src/main.ts"),
    "declare const console: { log(...data: unknown[]): void }; // no @types/node here\n" +
      main.replace('"http://localhost:4000/graphql"', JSON.stringify(url)),
  );
  // The generated types are the schema's, not `any`: these lines must not compile.
  writeFileSync(
    join(project, "src/wrong.ts"),
    `import { createClient } from "@nato-russia/client";
import { RecentEventsDocument } from "./gql/graphql.js";
const client = createClient({ url: "" });
export async function wrong() {
  // @ts-expect-error from is a string
  await client.request(RecentEventsDocument, { from: 2014 });
  const { events } = await client.request(RecentEventsDocument, { from: "2014" });
  // @ts-expect-error summary was not selected
  return events.nodes[0]?.summary;
}
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
      include: ["src"],
    }),
  );

  await run("node", ["node_modules/@graphql-codegen/cli/cjs/bin.js", "--config", "codegen.ts"]);
  const generated = readFileSync(join(project, "src/gql/graphql.ts"), "utf8");
  expect(generated).toContain("export const RecentEventsDocument");
  expect(generated).toMatch(/"operationName":"RecentEvents"/);

  await run("node", [tsc, "-p", "."]);
  const lines = (await run("node", ["src/main.js"])).trim().split("\n");
  expect(lines).toHaveLength(10);
  // Each line is a date label and a title, of an event from 2014 on (the query's filter).
  for (const line of lines) expect(line).toMatch(/\b20(?:1[4-9]|[2-9]\d)\b.* \S/);
});

it("serves TanStack Query options from @nato-russia/client/react-query, in ESM and CommonJS", async () => {
  writeFileSync(
    join(project, "src/queries.ts"),
    `import { createClient, type TimelineQuery } from "@nato-russia/client";
import { createQueryOptions, queryKey } from "@nato-russia/client/react-query";
import { TimelineDocument } from "@nato-russia/client";
import { QueryClient } from "@tanstack/react-query";
declare const process: { env: Record<string, string | undefined> };
declare const console: { log(...data: unknown[]): void };

const queries = createQueryOptions(createClient({ url: process.env.GATEWAY_URL! }));
const queryClient = new QueryClient();
const options = queries.timeline({ from: "2022" });
const data: TimelineQuery = await queryClient.fetchQuery(options);
const cached: TimelineQuery | undefined = queryClient.getQueryData(options.queryKey);
const pages = await queryClient.fetchInfiniteQuery({ ...queries.infinite.actors({ first: 5 }), pages: 2 });
console.log(JSON.stringify({
  key: options.queryKey,
  prefix: queryKey(TimelineDocument),
  same: cached === data,
  events: data.events.totalCount,
  pages: pages.pages.length,
}));
`,
  );
  await run("node", [tsc, "-p", "."]);
  const { stdout } = await promisify(execFile)("node", ["src/queries.js"], {
    cwd: project,
    env: { ...env, GATEWAY_URL: url },
  });
  expect(JSON.parse(stdout)).toEqual({
    key: ["Timeline", { from: "2022" }],
    prefix: ["Timeline"],
    same: true,
    events: expect.any(Number),
    pages: 2,
  });
  const cjs = await run("node", [
    "-e",
    `const { createQueryOptions } = require("@nato-russia/client/react-query");
     const { createClient } = require("@nato-russia/client");
     console.log(createQueryOptions(createClient({ url: "http://x" })).dataset().queryKey[0]);`,
  ]);
  expect(cjs.trim()).toBe("DatasetInfo");
});
