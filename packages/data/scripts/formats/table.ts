// The shape of a tidy table: its columns, each with the zod schema its values come from (so the
// Table Schema's types, descriptions, enums and constraints are read from the data model, not
// written again), its keys, and which parts are the article's own text.
import type { z } from "zod";
import type { DatasetRecords } from "../../src/entities.js";

export type Cell = string | number | boolean | null;

export interface Column<R> {
  name: string;
  /** Where the column's type, description, enum and constraints come from. */
  schema: z.ZodType;
  /** Replaces the schema's description when the column says more (or other) than the field. */
  description?: string;
  value: (row: R) => Cell | undefined;
  /** No two rows share a value (null aside). */
  unique?: boolean;
  /** The article's own words: left out of the facts edition. */
  articleText?: boolean;
}

export interface ForeignKey {
  fields: string[];
  reference: { resource: string; fields: string[] };
}

export interface Table<R = never> {
  name: string;
  description: string;
  rows: (records: DatasetRecords) => R[];
  columns: Column<R>[];
  primaryKey: string[];
  foreignKeys: ForeignKey[];
  /** The whole table is the article's own words: left out of the facts edition. */
  articleText?: boolean;
}

/** A table typed by its rows, widened so tables of different rows fit in one list. */
export const table = <R>(t: Table<R>): Table<unknown> => t as unknown as Table<unknown>;

/** A foreign key from `field` to `resource`'s `target` (its slug unless said). */
export const fk = (field: string, resource: string, target = "slug"): ForeignKey => ({
  fields: [field],
  reference: { resource, fields: [target] },
});
