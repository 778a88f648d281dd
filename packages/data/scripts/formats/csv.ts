// Tidy CSV: RFC 4180, comma-separated, header row, UTF-8 with a byte-order mark. The mark is
// what makes Excel read the file as UTF-8 when it is opened by double-click (without it,
// Excel on Windows assumes the local code page and "Ionașcu" turns into "IonaÈ™cu"); pandas,
// R's readr, DuckDB and Frictionless skip it.
import Papa from "papaparse";
import type { EditionTable } from "./editions.js";

export const BOM = "\uFEFF";

export function csvOf(table: EditionTable): string {
  const fields = table.columns.map((c) => c.name);
  const data = table.rows.map((row) => row.map((cell) => cell ?? ""));
  return `${BOM}${Papa.unparse({ fields, data }, { newline: "\r\n" })}\r\n`;
}
