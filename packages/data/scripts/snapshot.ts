// Records the slugs and content hashes of this version in released.json. Run by the version
// step of a release; released slugs must then never disappear without a major version.
import { readFileSync, writeFileSync } from "node:fs";
import { snapshotOf } from "../src/release/snapshot.js";
import { validatedRecords } from "./validatedRecords.js";

const dir = new URL("../", import.meta.url);
const { version } = JSON.parse(readFileSync(new URL("package.json", dir), "utf8")) as {
  version: string;
};
const records = validatedRecords();
writeFileSync(
  new URL("released.json", dir),
  `${JSON.stringify(snapshotOf(version, records), null, 2)}\n`,
);
console.log(`released.json now records version ${version}.`);
