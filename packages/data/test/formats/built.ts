// The files the build wrote, for the format tests (run `pnpm --filter @nato-russia/data build`).
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { DataPackage } from "../../scripts/formats/datapackage.js";

export const distPath = (path: string) =>
  fileURLToPath(new URL(`../../dist/${path}`, import.meta.url));
export const readDist = (path: string) => readFileSync(distPath(path));
export const readJson = <T = unknown>(path: string): T =>
  JSON.parse(readDist(path).toString("utf8")) as T;

export const EDITIONS = [
  { name: "full", dir: "", sqlite: "nato-russia.sqlite" },
  { name: "facts", dir: "facts/", sqlite: "facts/nato-russia-facts.sqlite" },
] as const;

export const descriptorOf = (dir: string) => readJson<DataPackage>(`${dir}datapackage.json`);
