// `pnpm version-packages`: applies pending changesets and records what this release contains.
import { createRequire } from "node:module";
import { records } from "@nato-russia/data";
import { repoRoot } from "../src/paths.js";
import { versionPackages } from "../src/versionPackages.js";

const changesetBin = createRequire(import.meta.url).resolve("@changesets/cli/bin.js");
const { version, diff } = versionPackages(process.argv[2] ?? repoRoot, changesetBin, records);
console.log(`@nato-russia/data is now ${version}.\n${diff}`);
