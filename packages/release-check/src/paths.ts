import { fileURLToPath } from "node:url";

/** Files the release check reads, relative to the repository root. */
export const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));
export const RELEASED_DATA = "packages/release-check/snapshots/data.json";
export const CURRENT_SCHEMA = "apps/gateway/schema.graphql";
export const RELEASED_SCHEMA = "apps/gateway/schema.released.graphql";
