// NDJSON: one record per line, nested as in the JSON files. The facts edition drops the
// passages and the quotes of every source.
import { ENTITY_NAMES, type DatasetRecords, type EntityName } from "../../src/entities.js";
import type { EditionName } from "./editions.js";

const withoutQuotes = (record: object) =>
  "sources" in record && Array.isArray(record.sources)
    ? {
        ...record,
        sources: record.sources.map(({ quote: _quote, ...rest }: { quote: string }) => rest),
      }
    : record;

/** The entities an edition has NDJSON files for, with each file's text. */
export function ndjsonFiles(edition: EditionName, records: DatasetRecords): [EntityName, string][] {
  return ENTITY_NAMES.filter((name) => edition === "full" || name !== "passages").map((name) => [
    name,
    records[name].map((r) => JSON.stringify(edition === "full" ? r : withoutQuotes(r))).join("\n") +
      "\n",
  ]);
}

/** Whether an entity's full NDJSON holds the article's text (passages, or quotes in sources). */
export const ndjsonHasText = (name: EntityName) => name !== "references";
