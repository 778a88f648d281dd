// Records the slugs and content hashes of the built data's version as the release snapshot.
// The version step does this itself; run it by hand only to start a snapshot afresh.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { datasetInfo, records } from "@nato-russia/data";
import { RELEASED_DATA, repoRoot } from "../src/paths.js";
import { snapshotOf, snapshotText } from "../src/snapshot.js";

writeFileSync(
  join(repoRoot, RELEASED_DATA),
  snapshotText(snapshotOf(datasetInfo.version, records)),
);
console.log(`${RELEASED_DATA} now records version ${datasetInfo.version}.`);
