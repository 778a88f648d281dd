import type { DataDiff } from "./dataDiff.js";
import type { Requirement } from "./checkChangesets.js";
import type { SchemaDiff } from "./schemaDiff.js";

export const DATA_PACKAGE = "@nato-russia/data";
export const CLIENT_PACKAGE = "@nato-russia/client";

/** The data diff as a requirement on the data package, one reason per record. */
export function dataRequirement(d: DataDiff): Requirement {
  return {
    package: DATA_PACKAGE,
    bump: d.bump,
    reasons: [
      ...d.removed.map((r) => `major: ${r.entity}/${r.slug} removed or renamed`),
      ...d.added.map((r) => `minor: ${r.entity}/${r.slug} added`),
      ...d.changed.map((r) => `patch: ${r.entity}/${r.slug} changed (${r.fields.join(", ")})`),
    ],
  };
}

/** The schema diff as a requirement on the client generated from it. */
export function schemaRequirement(d: SchemaDiff): Requirement {
  return {
    package: CLIENT_PACKAGE,
    bump: d.bump,
    reasons: [
      ...d.breaking.map((c) => `major: ${c.message}`),
      ...d.dangerous.map((c) => `minor: ${c.message}`),
      ...d.safe.map(
        (c) => `${/DESCRIPTION|DEPRECATION_REASON/.test(c.type) ? "patch" : "minor"}: ${c.message}`,
      ),
    ],
  };
}
