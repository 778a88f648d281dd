// The SQLite databases read back: with sql.js (SQLite compiled to WebAssembly, as a browser or
// Datasette-lite would) for the tables, keys and foreign_key_check; and with better-sqlite3 for
// FTS5 MATCH, since sql.js's build leaves FTS5 out.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import Database from "better-sqlite3";
import initSqlJs, { type Database as SqlJsDatabase } from "sql.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { descriptorOf, distPath, EDITIONS } from "./built.js";

const require = createRequire(import.meta.url);
let SQL: Awaited<ReturnType<typeof initSqlJs>>;
beforeAll(async () => {
  SQL = await initSqlJs({ locateFile: (f: string) => require.resolve(`sql.js/dist/${f}`) });
});

const all = (db: SqlJsDatabase, sql: string) => {
  const [result] = db.exec(sql);
  return result ? result.values : [];
};

describe.each(EDITIONS)("$name edition's SQLite database", ({ dir, sqlite }) => {
  let db: SqlJsDatabase;
  beforeAll(() => {
    db = new SQL.Database(readFileSync(distPath(sqlite)));
  });
  afterAll(() => db.close());
  const descriptor = descriptorOf(dir);

  it("holds every table of the descriptor with its columns", () => {
    const tables = all(
      db,
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '%_fts%' ORDER BY name",
    ).flat();
    expect(tables).toEqual(descriptor.resources.map((r) => r.name).sort());
    for (const r of descriptor.resources) {
      const columns = all(db, `SELECT name FROM pragma_table_info('${r.name}')`).flat();
      expect(columns, r.name).toEqual(r.schema.fields.map((f) => f.name));
    }
  });

  it("declares the descriptor's foreign keys, and every one holds", () => {
    for (const r of descriptor.resources) {
      const keys = all(
        db,
        `SELECT "from", "table", "to" FROM pragma_foreign_key_list('${r.name}')`,
      );
      expect(keys.map((k) => k.join(" ")).sort(), r.name).toEqual(
        (r.schema.foreignKeys ?? [])
          .map((k) => `${k.fields[0]} ${k.reference.resource} ${k.reference.fields[0]}`)
          .sort(),
      );
    }
    expect(all(db, "PRAGMA foreign_key_check")).toEqual([]);
  });

  it("rejects a row whose foreign key points nowhere", () => {
    db.run("PRAGMA foreign_keys = ON");
    expect(() =>
      db.run("INSERT INTO event_themes VALUES ('russia-annexes-crimea', 'no-such-theme')"),
    ).toThrow(/FOREIGN KEY/);
  });
});

describe("full-text search (FTS5)", () => {
  it("finds a passage by a word typed without its diacritics", () => {
    const db = new Database(distPath("nato-russia.sqlite"), {
      readonly: true,
      fileMustExist: true,
    });
    try {
      const hits = db
        .prepare(
          "SELECT p.slug FROM passages_fts JOIN passages p ON p.rowid = passages_fts.rowid WHERE passages_fts MATCH ? ORDER BY rank",
        )
        .pluck()
        .all("ionascu") as string[];
      expect(hits.length).toBeGreaterThan(0);
      const event = db
        .prepare(
          "SELECT e.slug FROM events_fts JOIN events e ON e.rowid = events_fts.rowid WHERE events_fts MATCH ? ORDER BY rank LIMIT 1",
        )
        .pluck()
        .get("crimea annex*");
      expect(event).toBe("russia-annexes-crimea");
    } finally {
      db.close();
    }
  });

  it("has no passages in the facts edition", () => {
    const db = new Database(distPath("facts/nato-russia-facts.sqlite"), { readonly: true });
    try {
      const names = db.prepare("SELECT name FROM sqlite_master").pluck().all();
      expect(names).not.toContain("passages");
      expect(names).toContain("events_fts");
    } finally {
      db.close();
    }
  });
});
