// The browser the end-to-end tests drive is Debian's chromium package. Installing it is a
// set-up step (`node scripts/ensure-chromium.mjs`, run first by the root `pnpm test`), not
// the tests' job.
import { existsSync } from "node:fs";

export const CHROMIUM = "/usr/bin/chromium";

export function ensureChromium(): void {
  if (existsSync(CHROMIUM)) return;
  throw new Error(
    `${CHROMIUM} is missing: run \`node scripts/ensure-chromium.mjs\` from the repository root ` +
      "(or apt-get install -y chromium) before the end-to-end tests",
  );
}
