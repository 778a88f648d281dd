// Set-up step of `pnpm test`: the dashboard's end-to-end tests drive Debian's Chromium. On a
// fresh machine (CI) it is installed here, as root, with apt-get; elsewhere it says how.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

const CHROMIUM = "/usr/bin/chromium";

if (!existsSync(CHROMIUM)) {
  if (process.getuid?.() !== 0) {
    console.error(
      `${CHROMIUM} is missing: install Debian's chromium package (sudo apt-get install -y chromium)`,
    );
    process.exit(1);
  }
  console.log(`${CHROMIUM} is missing: installing Debian's chromium package (a few minutes)…`);
  const options = {
    stdio: "inherit",
    timeout: 15 * 60_000,
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
  };
  execFileSync("apt-get", ["update"], options);
  execFileSync("apt-get", ["install", "-y", "--no-install-recommends", "chromium"], options);
  if (!existsSync(CHROMIUM)) {
    console.error(`apt-get installed chromium, but not at ${CHROMIUM}`);
    process.exit(1);
  }
}
