/** A semver bump; "none" when nothing needs releasing. */
export type Bump = "none" | "patch" | "minor" | "major";
export const BUMP_ORDER: readonly Bump[] = ["none", "patch", "minor", "major"];
export const maxBump = (a: Bump, b: Bump): Bump =>
  BUMP_ORDER.indexOf(a) >= BUMP_ORDER.indexOf(b) ? a : b;
