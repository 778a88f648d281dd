// The first view's weight: the scripts index.html loads eagerly stay within 200 KB compressed,
// the chart library loads only on views that draw a chart, and every script goes out
// pre-compressed (the build writes .br and .gz copies; the gateway sends them as they are).
import { existsSync, readFileSync, statSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser } from "./launchBrowser";

const baseUrl = inject("baseUrl");
const DIST = fileURLToPath(new URL("../dist", import.meta.url));
const BUDGET_BYTES = 200 * 1000;

const html = readFileSync(`${DIST}/index.html`, "utf8");
/** What index.html makes the browser fetch before the app runs: its module script and preloads. */
const eager = [
  ...html.matchAll(/<script type="module"[^>]*\ssrc="([^"]+)"/g),
  ...html.matchAll(/<link rel="modulepreload"[^>]*\shref="([^"]+)"/g),
].map(([, path]) => path!);

const sizeOf = (path: string) =>
  existsSync(`${DIST}${path}`) ? statSync(`${DIST}${path}`).size : 0;
const total = (suffix: string) => eager.reduce((sum, path) => sum + sizeOf(`${path}${suffix}`), 0);

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Opens a path and collects every script the page fetched, with what the server sent. */
async function scriptsOf(path: string, ready: (page: Page) => Promise<unknown>) {
  const page = await browser.newPage();
  page.setDefaultTimeout(20_000);
  const scripts: { path: string; encoding?: string; bytes: number }[] = [];
  page.on("response", (response) => {
    if (response.request().resourceType() !== "script") return;
    const headers = response.headers();
    scripts.push({
      path: new URL(response.url()).pathname,
      encoding: headers["content-encoding"],
      bytes: Number(headers["content-length"]),
    });
  });
  await page.goto(`${baseUrl}${path}`);
  await ready(page);
  await page.close();
  return scripts;
}

describe("the first view", () => {
  it("loads at most 200 KB of compressed JavaScript eagerly, without the chart library", () => {
    expect(eager.length).toBeGreaterThan(0);
    const br = total(".br");
    const gz = total(".gz");
    const raw = total("");
    console.log(
      `first view's eager JavaScript (${eager.length} file(s)): ${raw} B raw, ${gz} B gzip, ${br} B brotli; budget ${BUDGET_BYTES} B`,
    );
    for (const path of eager) {
      expect(sizeOf(`${path}.br`), path).toBeGreaterThan(0);
      expect(sizeOf(`${path}.gz`), path).toBeGreaterThan(0);
      // Recharts names its elements "recharts-…": none of its code is in an eager file.
      expect(readFileSync(`${DIST}${path}`, "utf8"), path).not.toContain("recharts-");
    }
    expect(br).toBeLessThanOrEqual(BUDGET_BYTES);
    expect(gz).toBeLessThanOrEqual(BUDGET_BYTES);
  });

  it("fetches the chart code only on a view that draws a chart, every script compressed", async () => {
    const actors = await scriptsOf("/actors", (page) =>
      page.getByRole("heading", { level: 1, name: "Actors" }).waitFor(),
    );
    expect(actors.map((script) => script.path).sort()).toEqual([...eager].sort());

    // The timeline draws its own SVG; the counts' bar charts are the Recharts ones.
    const timeline = await scriptsOf("/counts", (page) =>
      page.locator(".recharts-bar-rectangle").first().waitFor(),
    );
    const lazy = timeline.filter((script) => !eager.includes(script.path));
    expect(lazy.length).toBeGreaterThan(0);
    for (const script of timeline) expect(script.encoding, script.path).toMatch(/^(br|gzip)$/);
    const wire = (list: typeof timeline) => list.reduce((sum, script) => sum + script.bytes, 0);
    console.log(
      `counts in Chromium: ${wire(timeline) - wire(lazy)} B of eager scripts, then ${wire(lazy)} B of chart code (${timeline[0]?.encoding})`,
    );
  });
});
