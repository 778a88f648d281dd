import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ENTITY_NAMES, type DatasetRecords, type EntityName } from "@nato-russia/data";
import { RELEASED_DATA } from "./paths.js";

/** Hashes of one record's top-level fields, so a diff can say which fields changed. */
export type RecordFingerprint = Record<string, string>;

/** What was released: per entity, each record's slug and the hashes of its fields. */
export interface ReleaseSnapshot {
  version: string;
  entities: Record<EntityName, Record<string, RecordFingerprint>>;
}

const hash = (value: unknown) =>
  createHash("sha256").update(JSON.stringify(value)).digest("hex").slice(0, 12);

export function fingerprint(record: object): RecordFingerprint {
  return Object.fromEntries(Object.entries(record).map(([field, value]) => [field, hash(value)]));
}

export function snapshotOf(version: string, records: DatasetRecords): ReleaseSnapshot {
  const entities = {} as ReleaseSnapshot["entities"];
  for (const name of ENTITY_NAMES) {
    entities[name] = Object.fromEntries(
      [...records[name]]
        .sort((a, b) => a.slug.localeCompare(b.slug))
        .map((r) => [r.slug, fingerprint(r)]),
    );
  }
  return { version, entities };
}

/** Slugs recorded in a release that the current records no longer have. */
export function missingSlugs(snapshot: ReleaseSnapshot, records: DatasetRecords): string[] {
  return ENTITY_NAMES.flatMap((name) => {
    const current = new Set(records[name].map((r) => r.slug));
    return Object.keys(snapshot.entities[name] ?? {})
      .filter((slug) => !current.has(slug))
      .map((slug) => `${name}/${slug}`);
  });
}

/** The snapshot of the last release, as committed in a repository checkout. */
export function readReleasedSnapshot(root: string): ReleaseSnapshot {
  return JSON.parse(readFileSync(join(root, RELEASED_DATA), "utf8")) as ReleaseSnapshot;
}

/** The snapshot as it is committed: two-space JSON with a final newline. */
export const snapshotText = (snapshot: ReleaseSnapshot): string =>
  `${JSON.stringify(snapshot, null, 2)}\n`;
