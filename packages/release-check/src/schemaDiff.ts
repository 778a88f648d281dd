import { CriticalityLevel, diff, type Change } from "@graphql-inspector/core";
import { buildSchema } from "graphql";
import type { Bump } from "./bump.js";

export interface SchemaDiff {
  breaking: Change[];
  dangerous: Change[];
  safe: Change[];
  /** Breaking changes are major, dangerous changes and additions minor, documentation patch. */
  bump: Bump;
}

const DOCS_ONLY = /DESCRIPTION|DEPRECATION_REASON/;

/** Classifies the changes between two SDL documents with graphql-inspector. */
export async function diffSchemas(before: string, after: string): Promise<SchemaDiff> {
  const changes = await diff(buildSchema(before), buildSchema(after));
  const by = (level: CriticalityLevel) => changes.filter((c) => c.criticality.level === level);
  const result: SchemaDiff = {
    breaking: by(CriticalityLevel.Breaking),
    dangerous: by(CriticalityLevel.Dangerous),
    safe: by(CriticalityLevel.NonBreaking),
    bump: "none",
  };
  result.bump = result.breaking.length
    ? "major"
    : result.dangerous.length || result.safe.some((c) => !DOCS_ONLY.test(c.type))
      ? "minor"
      : result.safe.length
        ? "patch"
        : "none";
  return result;
}

export function formatSchemaDiff(d: SchemaDiff): string {
  if (d.bump === "none") return "No schema change since the last release.";
  const lines: string[] = [];
  const section = (title: string, changes: Change[]) => {
    if (changes.length)
      lines.push(`${title} (${changes.length}):`, ...changes.map((c) => `  - ${c.message}`));
  };
  section("Breaking", d.breaking);
  section("Dangerous", d.dangerous);
  section("Safe", d.safe);
  lines.push(`Required bump: ${d.bump}.`);
  return lines.join("\n");
}
