// Parquet and CSV read back with DuckDB, as a pandas/R/DuckDB user would: each Parquet file
// holds the CSV's rows with the Table Schema's types, and DuckDB's CSV sniffer reads the
// header through the byte-order mark.
import { DuckDBInstance, type DuckDBConnection } from "@duckdb/node-api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { descriptorOf, distPath, EDITIONS } from "./built.js";

let instance: DuckDBInstance;
let db: DuckDBConnection;
beforeAll(async () => {
  instance = await DuckDBInstance.create(":memory:");
  db = await instance.connect();
});
afterAll(() => {
  db.closeSync();
  instance.closeSync();
});

const q = (s: string) => `'${s.replace(/'/g, "''")}'`;
const rows = async (sql: string) => (await db.runAndReadAll(sql)).getRowObjectsJson();

describe.each(EDITIONS)("$name edition", ({ dir }) => {
  const descriptor = descriptorOf(dir);

  it("has a Parquet file per table with the CSV's columns, types and rows", async () => {
    for (const r of descriptor.resources) {
      const parquet = q(distPath(`${dir}parquet/${r.name}.parquet`));
      const csv = q(distPath(`${dir}${r.path}`));
      const columns = await rows(`DESCRIBE SELECT * FROM read_parquet(${parquet})`);
      expect(
        columns.map((c) => [c.column_name, c.column_type]),
        r.name,
      ).toEqual(
        r.schema.fields.map((f) => [
          f.name,
          f.type === "integer" ? "BIGINT" : f.type === "boolean" ? "BOOLEAN" : "VARCHAR",
        ]),
      );
      const diff = await rows(
        `SELECT count(*) AS n FROM (
           (SELECT * FROM read_parquet(${parquet}) EXCEPT ALL SELECT * FROM read_csv(${csv}, all_varchar = true))
           UNION ALL
           (SELECT * FROM read_csv(${csv}, all_varchar = true) EXCEPT ALL SELECT * FROM read_parquet(${parquet})))`,
      );
      expect(diff, r.name).toEqual([{ n: "0" }]);
    }
  });
});

it("answers a question across tables: events per actor in 2014", async () => {
  const p = (t: string) => q(distPath(`parquet/${t}.parquet`));
  const result = await rows(
    `SELECT a.name, count(*) AS n FROM read_parquet(${p("events")}) e
     JOIN read_parquet(${p("event_actors")}) ea ON ea.event = e.slug
     JOIN read_parquet(${p("actors")}) a ON a.slug = ea.actor
     WHERE e.year_start = 2014 GROUP BY a.name ORDER BY n DESC, a.name LIMIT 1`,
  );
  expect(result[0]?.name).toBe("Russia");
});

it("reads the CSV header through the byte-order mark", async () => {
  const columns = await rows(`DESCRIBE SELECT * FROM read_csv(${q(distPath("csv/actors.csv"))})`);
  expect(columns[0]?.column_name).toBe("slug");
});
