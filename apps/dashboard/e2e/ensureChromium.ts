// The browser the end-to-end tests drive is Debian's chromium package; a fresh machine (CI)
// installs it here, as root, the way a developer would.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

export const CHROMIUM = "/usr/bin/chromium";

// apt-get on a fresh machine downloads a few hundred MB: minutes, not seconds.
const INSTALL_TIMEOUT_MS = 15 * 60_000;

export function ensureChromium(): void {
  if (existsSync(CHROMIUM)) return;
  if (process.getuid?.() !== 0)
    throw new Error(
      `${CHROMIUM} is missing: install Debian's chromium package (apt-get install -y chromium), ` +
        "or run the tests as root so they can install it",
    );
  console.log(`${CHROMIUM} is missing: installing Debian's chromium package (a few minutes)…`);
  const options = {
    stdio: "inherit" as const,
    timeout: INSTALL_TIMEOUT_MS,
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
  };
  try {
    execFileSync("apt-get", ["update"], options);
    execFileSync("apt-get", ["install", "-y", "chromium"], options);
  } catch (error) {
    throw new Error(`could not install chromium with apt-get: ${(error as Error).message}`);
  }
  if (!existsSync(CHROMIUM)) throw new Error(`apt-get installed chromium, but not at ${CHROMIUM}`);
}
