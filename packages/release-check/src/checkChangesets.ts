import { BUMP_ORDER, maxBump, type Bump } from "./bump.js";

/** A pending changeset, as @changesets/read returns it. */
export interface PendingChangeset {
  id: string;
  releases: { name: string; type: string }[];
}

/** What a package's changes require, and why (lines naming records or schema changes). */
export interface Requirement {
  package: string;
  bump: Bump;
  reasons: string[];
}

/** The bump the pending changesets declare for a package ("none" if no changeset names it). */
export function declaredBump(changesets: readonly PendingChangeset[], pkg: string): Bump {
  return changesets
    .flatMap((c) => c.releases)
    .filter((r) => r.name === pkg && BUMP_ORDER.includes(r.type as Bump))
    .reduce<Bump>((acc, r) => maxBump(acc, r.type as Bump), "none");
}

/** Problems: a change with no changeset, or a changeset too small for the change. */
export function checkChangesets(
  requirements: readonly Requirement[],
  changesets: readonly PendingChangeset[],
): string[] {
  const problems: string[] = [];
  for (const req of requirements) {
    if (req.bump === "none") continue;
    const declared = declaredBump(changesets, req.package);
    if (BUMP_ORDER.indexOf(declared) >= BUMP_ORDER.indexOf(req.bump)) continue;
    const head =
      declared === "none"
        ? `${req.package} changed but no changeset names it: add one with \`pnpm changeset\` declaring at least a ${req.bump} bump.`
        : `${req.package}: the pending changesets declare a ${declared} bump, but these changes require ${req.bump}:`;
    problems.push([head, ...req.reasons.map((r) => `  - ${r}`)].join("\n"));
  }
  return problems;
}
