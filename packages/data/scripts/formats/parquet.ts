// Parquet, one file per table, written by DuckDB from the CSV just written, with each column's
// type taken from the Table Schema (so nothing is guessed) and zstd compression.
import { DuckDBInstance } from "@duckdb/node-api";
import type { EditionTable } from "./editions.js";
import { fieldOf } from "./tableSchema.js";

const DUCKDB_TYPES = {
  string: "VARCHAR",
  integer: "BIGINT",
  number: "DOUBLE",
  boolean: "BOOLEAN",
} as const;
const quote = (s: string) => `'${s.replace(/'/g, "''")}'`;

export async function writeParquet(
  tables: { table: EditionTable; csv: string; parquet: string }[],
): Promise<void> {
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  try {
    for (const { table, csv, parquet } of tables) {
      const columns = table.columns
        .map((c) => `${quote(c.name)}: ${quote(DUCKDB_TYPES[fieldOf(c, table.primaryKey).type])}`)
        .join(", ");
      await connection.run(
        `COPY (SELECT * FROM read_csv(${quote(csv)}, header = true, auto_detect = false, delim = ',', quote = '"', escape = '"', columns = {${columns}}))
         TO ${quote(parquet)} (FORMAT parquet, COMPRESSION zstd)`,
      );
    }
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}
