// A SQLite database of an edition: every table with its primary and foreign keys, NOT NULL and
// CHECK (enum) constraints, and an FTS5 index per table with text (titles, summaries, passages,
// notes). Each index is an external-content table named <table>_fts, the layout Datasette
// detects to offer a search box; its tokenizer folds case and diacritics ("ionascu" finds
// "Ionașcu").
import { rmSync } from "node:fs";
import Database from "better-sqlite3";
import type { EditionTable } from "./editions.js";
import { fieldOf } from "./tableSchema.js";

const SQL_TYPES = {
  string: "TEXT",
  integer: "INTEGER",
  number: "REAL",
  boolean: "INTEGER",
} as const;
const id = (name: string) => `"${name.replace(/"/g, '""')}"`;
const literal = (s: string) => `'${s.replace(/'/g, "''")}'`;

/** The columns of each table that go into its full-text index. */
export const FTS_COLUMNS: Record<string, readonly string[]> = {
  events: ["title", "summary", "verification_note"],
  actors: ["name", "description", "verification_note"],
  references: ["title", "container_title", "note"],
  passages: ["section", "text"],
  periods: ["name", "summary", "verification_note"],
  themes: ["name", "description"],
  positions: ["statement", "verification_note"],
};

function createTable(t: EditionTable): string {
  const lines = t.columns.map((c) => {
    const f = fieldOf(c, t.primaryKey);
    const check = f.constraints.enum
      ? ` CHECK (${id(c.name)} IN (${f.constraints.enum.map(literal).join(", ")}))`
      : "";
    return `  ${id(c.name)} ${SQL_TYPES[f.type]}${f.constraints.required ? " NOT NULL" : ""}${f.constraints.unique ? " UNIQUE" : ""}${check}`;
  });
  lines.push(`  PRIMARY KEY (${t.primaryKey.map(id).join(", ")})`);
  for (const k of t.foreignKeys) {
    lines.push(
      `  FOREIGN KEY (${k.fields.map(id).join(", ")}) REFERENCES ${id(k.reference.resource)} (${k.reference.fields.map(id).join(", ")})`,
    );
  }
  return `CREATE TABLE ${id(t.name)} (\n${lines.join(",\n")}\n)`;
}

export function writeSqlite(path: string, tables: EditionTable[]): void {
  rmSync(path, { force: true });
  const db = new Database(path);
  try {
    db.pragma("journal_mode = DELETE");
    db.pragma("foreign_keys = ON");
    db.transaction(() => {
      // Tables are filled in listing order, not parents first: keys are checked at commit.
      db.pragma("defer_foreign_keys = ON");
      for (const t of tables) db.exec(createTable(t));
      for (const t of tables) {
        const insert = db.prepare(
          `INSERT INTO ${id(t.name)} VALUES (${t.columns.map(() => "?").join(", ")})`,
        );
        // SQLite has no booleans: true and false are stored as 1 and 0.
        for (const row of t.rows)
          insert.run(row.map((v: unknown) => (typeof v === "boolean" ? Number(v) : v)));
      }
      for (const t of tables) {
        const names = t.columns.map((c) => c.name);
        const columns = (FTS_COLUMNS[t.name] ?? []).filter((c) => names.includes(c));
        if (columns.length === 0) continue;
        const fts = id(`${t.name}_fts`);
        db.exec(
          `CREATE VIRTUAL TABLE ${fts} USING fts5(${columns.map(id).join(", ")}, content=${literal(t.name)}, tokenize='unicode61 remove_diacritics 2');
           INSERT INTO ${fts}(${fts}) VALUES ('rebuild');`,
        );
      }
    })();
    const broken = db.pragma("foreign_key_check") as unknown[];
    if (broken.length > 0) throw new Error(`${path}: ${broken.length} broken foreign key(s)`);
    db.exec("VACUUM");
  } finally {
    db.close();
  }
}
