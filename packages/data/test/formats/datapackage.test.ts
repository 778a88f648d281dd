// The Frictionless descriptors against the official v2 profile, and every CSV against its Table
// Schema: header, types, required values, enums, patterns, keys and foreign keys.
import { readFileSync } from "node:fs";
import { Ajv } from "ajv";
import addFormats from "ajv-formats";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import pkg from "../../package.json" with { type: "json" };
import { descriptorOf, EDITIONS, readDist } from "./built.js";

const profile = JSON.parse(
  readFileSync(new URL("../../profiles/datapackage-2.0.json", import.meta.url), "utf8"),
) as object;
const ajv = new Ajv({ strict: false, allErrors: true });
addFormats.default(ajv);
ajv.addFormat("textarea", true); // an editor hint in the profile, not a constraint
const validate = ajv.compile(profile);

function readCsv(path: string) {
  const text = readDist(path).toString("utf8");
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), { skipEmptyLines: true });
  expect(parsed.errors, path).toEqual([]);
  const [header, ...rows] = parsed.data;
  return { header: header!, rows };
}

describe.each(EDITIONS)("$name edition's datapackage.json", ({ dir }) => {
  const descriptor = descriptorOf(dir);
  const tables = new Map(
    descriptor.resources.map((r) => [r.name, { resource: r, ...readCsv(`${dir}${r.path}`) }]),
  );
  const column = (table: string, field: string) => {
    const t = tables.get(table)!;
    const i = t.header.indexOf(field);
    expect(i, `${table}.${field}`).toBeGreaterThanOrEqual(0);
    return t.rows.map((row) => row[i]!);
  };

  it("is valid against the official Data Package v2 profile", () => {
    expect(validate(descriptor), ajv.errorsText(validate.errors)).toBe(true);
    expect(descriptor.version).toBe(pkg.version);
  });

  it("gives every CSV the header of its Table Schema", () => {
    for (const { resource, header } of tables.values()) {
      expect(header, resource.name).toEqual(resource.schema.fields.map((f) => f.name));
    }
  });

  it("holds every value to its field's type and constraints, and every primary key unique", () => {
    for (const { resource, rows } of tables.values()) {
      resource.schema.fields.forEach((field, i) => {
        const where = `${resource.name}.${field.name}`;
        const c = field.constraints;
        const values = rows.map((row) => row[i]!);
        for (const value of values) {
          if (value === "") {
            expect(c.required, `${where} is required`).toBe(false);
            continue;
          }
          if (field.type === "integer") expect(value, where).toMatch(/^-?\d+$/);
          if (c.enum) expect(c.enum, where).toContain(value);
          if (c.pattern) expect(value, where).toMatch(new RegExp(`^(?:${c.pattern})$`));
          if (c.minLength) expect(value.length, where).toBeGreaterThanOrEqual(c.minLength);
        }
        if (c.unique) {
          const present = values.filter((v) => v !== "");
          expect(new Set(present).size, where).toBe(present.length);
        }
      });
      const keys = rows.map((row) =>
        resource.schema.primaryKey
          .map((k) => row[resource.schema.fields.findIndex((f) => f.name === k)])
          .join("\u0000"),
      );
      expect(new Set(keys).size, `${resource.name} primary key`).toBe(keys.length);
    }
  });

  it("resolves every foreign key", () => {
    let checked = 0;
    for (const { resource } of tables.values()) {
      for (const key of resource.schema.foreignKeys ?? []) {
        const targets = new Set(column(key.reference.resource, key.reference.fields[0]!));
        for (const value of column(resource.name, key.fields[0]!)) {
          if (value === "") continue;
          expect(targets.has(value), `${resource.name}.${key.fields[0]} = ${value}`).toBe(true);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(500);
  });

  it("states a licence on every resource", () => {
    for (const r of descriptor.resources) {
      expect(
        r.licenses.map((l) => l.name),
        r.name,
      ).toEqual([
        dir === "" && ["passages", "passage_citations", "sources"].includes(r.name)
          ? "CC-BY-NC-SA-4.0"
          : "CC-BY-4.0",
      ]);
    }
  });
});

describe("tidy CSV", () => {
  it("starts with a UTF-8 byte-order mark and keeps accents as UTF-8", () => {
    const bytes = readDist("csv/actor_aliases.csv");
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    // "Türkiye": ü is C3 BC in UTF-8 (not FC as in Windows-1252).
    expect(bytes.includes(Buffer.from("T\u00fcrkiye", "utf8"))).toBe(true);
  });

  it("has one value per cell: no list joined into one", () => {
    const descriptor = descriptorOf("");
    const actorsOfEvents = readCsv("csv/event_actors.csv").rows.length;
    expect(actorsOfEvents).toBeGreaterThan(readCsv("csv/events.csv").rows.length);
    for (const r of descriptor.resources) {
      expect(
        r.schema.fields.map((f) => f.name),
        r.name,
      ).not.toContain("actors");
    }
  });

  it("gives ISO 3166 codes from the package, and the USSR its ISO 3166-3 code", () => {
    const { header, rows } = readCsv("csv/actors.csv");
    const get = (slug: string, field: string) =>
      rows.find((r) => r[0] === slug)![header.indexOf(field)];
    expect([get("russia", "iso_alpha3"), get("russia", "iso_numeric")]).toEqual(["RUS", "643"]);
    expect([get("afghanistan", "iso_numeric")]).toEqual(["004"]);
    expect([get("soviet-union", "iso_alpha2"), get("soviet-union", "iso3166_3")]).toEqual([
      "SU",
      "SUHH",
    ]);
  });
});
