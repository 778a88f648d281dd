import { createHash } from "node:crypto";
import { ENTITY_NAMES, type DatasetRecords, type EntityName } from "../entityNames.js";

/** What was released: per entity, each record's slug and a hash of its content. */
export interface ReleaseSnapshot {
  version: string;
  entities: Record<EntityName, Record<string, string>>;
}

/** A short content hash of a record in canonical form. */
export function recordHash(record: unknown): string {
  return createHash("sha256").update(JSON.stringify(record)).digest("hex").slice(0, 16);
}

export function snapshotOf(version: string, records: DatasetRecords): ReleaseSnapshot {
  const entities = {} as ReleaseSnapshot["entities"];
  for (const name of ENTITY_NAMES) {
    entities[name] = Object.fromEntries(
      [...records[name]]
        .sort((a, b) => a.slug.localeCompare(b.slug))
        .map((r) => [r.slug, recordHash(r)]),
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
