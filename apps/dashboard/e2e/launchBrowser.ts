import { chromium, type Browser } from "playwright-core";
import { CHROMIUM } from "./ensureChromium";

/**
 * Debian's Chromium, headless. Playwright gives it a fresh, empty profile (--user-data-dir) for
 * each launch. The machine has no network but loopback, so everything Chromium would fetch by
 * itself (updates, sync, field trials) is switched off.
 */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    timeout: 30_000,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-quic",
      "--no-first-run",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}
