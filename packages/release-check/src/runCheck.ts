import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import readChangesets from "@changesets/read";
import type { DatasetRecords } from "@nato-russia/data";
import { checkChangesets, type PendingChangeset } from "./checkChangesets.js";
import { diffData, type DataDiff } from "./dataDiff.js";
import { CURRENT_SCHEMA, RELEASED_SCHEMA } from "./paths.js";
import { dataRequirement, schemaRequirement } from "./requirements.js";
import { diffSchemas, type SchemaDiff } from "./schemaDiff.js";
import { readReleasedSnapshot } from "./snapshot.js";

export interface CheckResult {
  data: DataDiff;
  schema: SchemaDiff | undefined;
  changesets: PendingChangeset[];
  problems: string[];
}

/** Diffs data and schema against the last release and checks the pending changesets cover both. */
export async function runCheck(root: string, records: DatasetRecords): Promise<CheckResult> {
  const data = diffData(readReleasedSnapshot(root), records);
  const released = join(root, RELEASED_SCHEMA);
  const schema = existsSync(released)
    ? await diffSchemas(
        readFileSync(released, "utf8"),
        readFileSync(join(root, CURRENT_SCHEMA), "utf8"),
      )
    : undefined;
  const changesets = (await readChangesets(root)) as PendingChangeset[];
  const requirements = [dataRequirement(data), ...(schema ? [schemaRequirement(schema)] : [])];
  return { data, schema, changesets, problems: checkChangesets(requirements, changesets) };
}
