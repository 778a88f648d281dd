// The two editions of the tables: the full one, and `facts`, without the article's own words
// (its paragraphs, their in-text citations and the quotes), so that everything in it is the
// project's work under CC-BY-4.0. Each table of an edition knows its licence and its rows.
import type { DatasetRecords } from "../../src/entities.js";
import { FACTS_LICENSE, TEXT_LICENSE, type DatasetLicense } from "../../src/metadata.js";
import type { Cell, Column, ForeignKey, Table } from "./table.js";
import { TABLES } from "./tables/index.js";

export type EditionName = "full" | "facts";

export interface EditionTable {
  name: string;
  description: string;
  columns: Column<unknown>[];
  primaryKey: string[];
  foreignKeys: ForeignKey[];
  license: DatasetLicense;
  rows: Cell[][];
}

export interface Edition {
  name: EditionName;
  /** Folder of the edition's files inside dist/, "" or "facts/". */
  dir: string;
  tables: EditionTable[];
}

function editionTable(
  table: Table<unknown>,
  edition: EditionName,
  kept: Set<string>,
  records: DatasetRecords,
): EditionTable {
  const columns = table.columns.filter((c) => edition === "full" || !c.articleText);
  const hasText = table.articleText || table.columns.some((c) => c.articleText);
  return {
    name: table.name,
    description: table.description,
    columns,
    primaryKey: table.primaryKey,
    foreignKeys: table.foreignKeys.filter((k) => kept.has(k.reference.resource)),
    license: edition === "full" && hasText ? TEXT_LICENSE : FACTS_LICENSE,
    rows: table.rows(records).map((row) => columns.map((c) => c.value(row) ?? null)),
  };
}

export function editionOf(name: EditionName, records: DatasetRecords): Edition {
  const tables = TABLES.filter((t) => name === "full" || !t.articleText);
  const kept = new Set(tables.map((t) => t.name));
  return {
    name,
    dir: name === "full" ? "" : "facts/",
    tables: tables.map((t) => editionTable(t, name, kept, records)),
  };
}
