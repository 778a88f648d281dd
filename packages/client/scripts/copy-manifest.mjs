// Ships the persisted-operations manifest (hash → document) beside the build.
import { copyFileSync } from "node:fs";

copyFileSync("src/generated/persisted-documents.json", "dist/persisted-documents.json");
