// Once per run: make sure Chromium is there, start the gateway with the built dashboard, and
// hand its URL to the tests; stop it at the end.
import type { TestProject } from "vitest/node";
import { ensureChromium } from "./ensureChromium";
import { startGateway } from "./startGateway";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  ensureChromium();
  const gateway = await startGateway();
  project.provide("baseUrl", gateway.url);
  return gateway.stop;
}
