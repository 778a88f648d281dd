// A Frictionless Table Schema (v2) for a table, read off the zod schema of each column: type,
// description, enum (with each value's description as its category label) and constraints.
import { z } from "zod";
import type { EditionTable } from "./editions.js";
import type { Column } from "./table.js";

interface JsonSchema {
  type?: string;
  description?: string;
  enum?: string[];
  enumDescriptions?: string[];
  pattern?: string;
  minLength?: number;
  minimum?: number;
  exclusiveMinimum?: number;
  format?: string;
}

export interface TableSchemaField {
  name: string;
  type: "string" | "integer" | "number" | "boolean";
  description: string;
  format?: string;
  categories?: { value: string; label: string }[];
  constraints: {
    required: boolean;
    unique?: boolean;
    enum?: string[];
    pattern?: string;
    minLength?: number;
    minimum?: number;
  };
}

// Table Schema patterns are implicitly anchored: the zod regex's ^ and $ go.
const unanchored = (pattern: string) => pattern.replace(/^\^/, "").replace(/\$$/, "");

export function fieldOf(column: Column<unknown>, primaryKey: readonly string[]): TableSchemaField {
  const json = z.toJSONSchema(column.schema, {
    io: "output",
    unrepresentable: "any",
  }) as JsonSchema;
  const description = column.description ?? json.description;
  if (!description) throw new Error(`column ${column.name} has no description`);
  const optional = column.schema.safeParse(undefined).success && !primaryKey.includes(column.name);
  const type =
    json.type === "integer" || json.type === "number" || json.type === "boolean"
      ? json.type
      : "string";
  const minimum = json.exclusiveMinimum !== undefined ? json.exclusiveMinimum + 1 : json.minimum;
  return {
    name: column.name,
    type,
    description,
    ...(json.format === "uri" ? { format: "uri" } : {}),
    ...(json.enum && json.enumDescriptions
      ? { categories: json.enum.map((value, i) => ({ value, label: json.enumDescriptions![i]! })) }
      : {}),
    constraints: {
      required: !optional,
      ...(column.unique ? { unique: true } : {}),
      ...(json.enum ? { enum: json.enum } : {}),
      ...(json.pattern ? { pattern: unanchored(json.pattern) } : {}),
      ...(json.minLength !== undefined ? { minLength: json.minLength } : {}),
      ...(minimum !== undefined && type === "integer" ? { minimum } : {}),
    },
  };
}

export function tableSchemaOf(table: EditionTable) {
  return {
    $schema: "https://datapackage.org/profiles/2.0/tableschema.json",
    fields: table.columns.map((c) => fieldOf(c, table.primaryKey)),
    missingValues: [""],
    primaryKey: table.primaryKey,
    ...(table.foreignKeys.length > 0 ? { foreignKeys: table.foreignKeys } : {}),
  };
}
