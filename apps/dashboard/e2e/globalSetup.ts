// Once per run: make sure Chromium is there, start the built gateway serving the built
// dashboard (the helper the gateway's own process tests use), hand its URL to the tests, and
// stop it at the end.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { startServer } from "@nato-russia/gateway/testing";
import type { TestProject } from "vitest/node";
import { ensureChromium } from "./ensureChromium";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

const DASHBOARD_DIST = fileURLToPath(new URL("../dist", import.meta.url));

export default async function setup(project: TestProject) {
  ensureChromium();
  if (!existsSync(`${DASHBOARD_DIST}/index.html`))
    throw new Error(
      "the dashboard is not built: run `pnpm turbo run build --filter=@nato-russia/dashboard...` first",
    );
  const gateway = await startServer({ env: { STATIC_DIR: DASHBOARD_DIST } });
  project.provide("baseUrl", gateway.url);
  return async () => {
    await gateway.stop();
  };
}
