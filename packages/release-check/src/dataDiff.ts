import { ENTITY_NAMES, type DatasetRecords, type EntityName } from "@nato-russia/data";
import type { Bump } from "./bump.js";
import { fingerprint, type ReleaseSnapshot } from "./snapshot.js";

export interface DataDiff {
  base: string;
  added: { entity: EntityName; slug: string }[];
  changed: { entity: EntityName; slug: string; fields: string[] }[];
  removed: { entity: EntityName; slug: string }[];
  /** Removed records are major, new records minor, corrections patch. */
  bump: Bump;
}

/** Compares the current records with a release snapshot. */
export function diffData(snapshot: ReleaseSnapshot, records: DatasetRecords): DataDiff {
  const diff: DataDiff = {
    base: snapshot.version,
    added: [],
    changed: [],
    removed: [],
    bump: "none",
  };
  for (const entity of ENTITY_NAMES) {
    const before = snapshot.entities[entity] ?? {};
    const now = new Map(records[entity].map((r) => [r.slug, fingerprint(r)]));
    for (const [slug, fields] of now) {
      const old = before[slug];
      if (!old) {
        diff.added.push({ entity, slug });
        continue;
      }
      const names = [...new Set([...Object.keys(old), ...Object.keys(fields)])];
      const changed = names.filter((f) => old[f] !== fields[f]).sort();
      if (changed.length) diff.changed.push({ entity, slug, fields: changed });
    }
    for (const slug of Object.keys(before)) {
      if (!now.has(slug)) diff.removed.push({ entity, slug });
    }
  }
  diff.bump = diff.removed.length
    ? "major"
    : diff.added.length
      ? "minor"
      : diff.changed.length
        ? "patch"
        : "none";
  return diff;
}

/** Lists longer than this fold into a `<details>` block, so a large release stays readable. */
export const FOLD_AFTER = 20;

/** One section of the diff: per entity, a count and the records (folded when long). */
function section(title: string, items: readonly { entity: EntityName; line: string }[]): string[] {
  if (!items.length) return [];
  const lines = [`**${title} (${items.length})**`, ""];
  for (const entity of ENTITY_NAMES) {
    const list = items.filter((i) => i.entity === entity).map((i) => `- ${i.line}`);
    if (!list.length) continue;
    const summary = `${entity} (${list.length})`;
    if (list.length > FOLD_AFTER)
      lines.push(`<details><summary>${summary}</summary>`, "", ...list, "", "</details>", "");
    else lines.push(`${summary}:`, "", ...list, "");
  }
  return lines;
}

/** The diff as Markdown, for the terminal and the CHANGELOG. */
export function formatDataDiff(diff: DataDiff): string {
  if (diff.bump === "none") return `No record changed since ${diff.base}.`;
  const line = (r: { entity: EntityName; slug: string }) => ({
    entity: r.entity,
    line: `${r.entity}/\`${r.slug}\``,
  });
  return [
    ...section("Records removed", diff.removed.map(line)),
    ...section("Records added", diff.added.map(line)),
    ...section(
      "Records changed",
      diff.changed.map((r) => ({
        entity: r.entity,
        line: `${r.entity}/\`${r.slug}\`: ${r.fields.join(", ")}`,
      })),
    ),
    `Bump these record changes require since ${diff.base}: **${diff.bump}**.`,
  ].join("\n");
}
