// Installs the packed tarball into a project outside the workspace and uses it as a user would.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import initSqlJs from "sql.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const pkgDir = fileURLToPath(new URL("../", import.meta.url));
const tsc = fileURLToPath(new URL("../../../node_modules/typescript/bin/tsc", import.meta.url));
let project: string;

const run = (cmd: string, args: string[], cwd = project) =>
  execFileSync(cmd, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });

beforeAll(() => {
  project = mkdtempSync(join(tmpdir(), "nato-russia-data-consumer-"));
  run("npm", ["pack", "--pack-destination", project], pkgDir);
  const tarball = readdirSync(project).find((f) => f.endsWith(".tgz"))!;
  writeFileSync(
    join(project, "package.json"),
    JSON.stringify({ name: "consumer", private: true, type: "module" }),
  );
  run("npm", ["install", "--no-audit", "--no-fund", "--ignore-scripts", `./${tarball}`]);
}, 120_000);

afterAll(() => rmSync(project, { recursive: true, force: true }));

describe("@nato-russia/data installed from its tarball", () => {
  it("imports from ESM", () => {
    const out = run("node", [
      "--input-type=module",
      "-e",
      `import { events, getEvent, dataset, datasetInfo } from "@nato-russia/data";
       console.log(JSON.stringify({ n: events.length, v: datasetInfo.version, lic: datasetInfo.license,
         hit: dataset.search("ionascu")[0]?.slug, src: dataset.source.slug }));`,
    ]);
    const result = JSON.parse(out);
    expect(result.n).toBeGreaterThan(0);
    expect(result.lic).toBe("CC-BY-4.0 AND CC-BY-NC-SA-4.0");
    expect(result.hit).toBe("ionascu-2016");
    expect(result.src).toBe("manolache-2023");
  });

  it("requires from CommonJS", () => {
    const out = run("node", [
      "-e",
      `const d = require("@nato-russia/data"); const s = require("@nato-russia/data/schemas");
       console.log(JSON.stringify({ n: d.passages.length, ok: s.Event.safeParse(d.events[0]).success }));`,
    ]);
    const passages = JSON.parse(
      readFileSync(join(pkgDir, "data/passages.json"), "utf8"),
    ) as unknown[];
    expect(JSON.parse(out)).toEqual({ n: passages.length, ok: true });
  });

  it("ships raw JSON, CSV, CSL-JSON and JSON Schema as subpath exports", () => {
    const out = run("node", [
      "-e",
      `const fs = require("fs");
       const paths = ["json/events.json", "csv/events.csv", "references.csl.json", "schema/events.schema.json"]
         .map((p) => require.resolve("@nato-russia/data/" + p));
       console.log(JSON.stringify({
         csl: require(paths[2]).length,
         csvHeader: fs.readFileSync(paths[1], "utf8").split("\\n")[0].slice(0, 24),
         schemaType: require(paths[3]).type,
       }));`,
    ]);
    expect(JSON.parse(out)).toEqual({
      csl: expect.any(Number),
      csvHeader: "\uFEFFslug,title,summary,date",
      schemaType: "array",
    });
  });

  it("imports the Data Package descriptor and opens the SQLite file by its path", async () => {
    const out = run("node", [
      "--input-type=module",
      "-e",
      `import descriptor from "@nato-russia/data/datapackage.json" with { type: "json" };
       import facts from "@nato-russia/data/facts/datapackage.json" with { type: "json" };
       import { createRequire } from "node:module";
       import { readFileSync } from "node:fs";
       const require = createRequire(import.meta.url);
       console.log(JSON.stringify({
         version: descriptor.version,
         resources: descriptor.resources.length,
         factsResources: facts.resources.map((r) => r.name),
         sqlite: require.resolve("@nato-russia/data/nato-russia.sqlite"),
         parquet: require.resolve("@nato-russia/data/parquet/events.parquet"),
         timeline: require("@nato-russia/data/timeline.json").events.length,
         jsonld: JSON.parse(readFileSync(require.resolve("@nato-russia/data/dataset.jsonld"), "utf8"))["@type"],
       }));`,
    ]);
    const result = JSON.parse(out);
    expect(result.version).toBe(
      JSON.parse(readFileSync(join(pkgDir, "package.json"), "utf8")).version,
    );
    expect(result.resources).toBeGreaterThan(15);
    expect(result.factsResources).not.toContain("passages");
    expect(result.sqlite.startsWith(project)).toBe(true);
    expect(result.jsonld).toBe("Dataset");
    const require = createRequire(import.meta.url);
    const SQL = await initSqlJs({ locateFile: (f: string) => require.resolve(`sql.js/dist/${f}`) });
    const db = new SQL.Database(readFileSync(result.sqlite));
    const [events] = db.exec("SELECT count(*) FROM events");
    expect(events?.values[0]?.[0]).toBe(result.timeline);
    db.close();
  });

  it("leaves source maps, tests and scripts out of the tarball", () => {
    const files = run("find", [".", "-type", "f"], join(project, "node_modules/@nato-russia/data"))
      .split("\n")
      .filter(Boolean);
    expect(files.filter((f) => /\.map$|^\.\/(test|scripts|src|data|profiles)\//.test(f))).toEqual(
      [],
    );
    expect(files).toContain("./LICENSE");
  });

  it("searches with the index shipped in dist/search-index.json, from ESM and CommonJS", () => {
    const file = join(project, "node_modules/@nato-russia/data/dist/search-index.json");
    const shipped = readFileSync(file, "utf8");
    expect(JSON.parse(shipped).$comment).toMatch(/^Generated by /);
    // A doctored copy proves the file is what answers: a word renamed in it is found.
    writeFileSync(file, shipped.replace('"ionascu"', '"doctoredword"'));
    try {
      const search = `(d) => console.log(JSON.stringify([d.dataset.search("doctoredword")[0]?.slug,
        d.dataset.search("ionascu").length]))`;
      const esm = run("node", [
        "--input-type=module",
        "-e",
        `import * as d from "@nato-russia/data"; (${search})(d);`,
      ]);
      const cjs = run("node", ["-e", `(${search})(require("@nato-russia/data"));`]);
      expect(JSON.parse(esm)).toEqual(["ionascu-2016", 0]);
      expect(JSON.parse(cjs)).toEqual(["ionascu-2016", 0]);
    } finally {
      writeFileSync(file, shipped);
    }
  });

  it("type-checks a TypeScript consumer", () => {
    writeFileSync(
      join(project, "consumer.ts"),
      `import { events, getEvent, dataset, type Event, type DatePrecision } from "@nato-russia/data";
const first: Event | undefined = events[0];
const precision: DatePrecision | undefined = first?.date.precision;
const crimea = getEvent("russia-annexes-crimea")?.sources[0]?.quote;
const hits: number = dataset.search("Vilnius").length;
// @ts-expect-error kind is a closed enum
const wrong: Event["kind"] = "PICNIC";
console.log(precision, crimea, hits, wrong);
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
          noEmit: true,
          skipLibCheck: false,
          types: [],
        },
        files: ["consumer.ts"],
      }),
    );
    expect(() => run("node", [tsc, "-p", "."])).not.toThrow();
  }, 120_000); // tsc on a shared 2-core machine
});
