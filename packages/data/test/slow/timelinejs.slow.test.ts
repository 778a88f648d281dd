// timeline.json rendered by the TimelineJS library itself (from its npm package,
// @knight-lab/timelinejs) in headless Chromium: every event becomes a slide, every period an
// era, and the quote an event rests on shows as its media with the credit to the article.
import { existsSync, readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import { dirname, extname, join, normalize } from "node:path";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { records } from "../../src/dataset.js";
import { distPath } from "../formats/built.js";

// Debian's chromium package, which the root test command installs first.
const CHROMIUM = "/usr/bin/chromium";
const timelineDist = join(
  dirname(createRequire(import.meta.url).resolve("@knight-lab/timelinejs/package.json")),
  "dist",
);
const TYPES: Record<string, string> = {
  ".js": "text/javascript",
  ".css": "text/css",
  ".json": "application/json",
  ".html": "text/html",
};

const page = (edition: string) => `<!doctype html><html><head><meta charset="utf-8">
<link rel="stylesheet" href="/tl/css/timeline.css"><script src="/tl/js/timeline.js"></script></head>
<body><div id="timeline" style="width: 1000px; height: 700px"></div><script>
fetch("/${edition}timeline.json").then((r) => r.json()).then((data) => {
  window.tl = new TL.Timeline("timeline", data, { script_path: "/tl/js/", font: null, hash_bookmark: false });
  window.tl.on("loaded", () => { window.loaded = true; });
});
</script></body></html>`;

let server: Server;
let base: string;
let browser: Browser;

beforeAll(async () => {
  if (!existsSync(CHROMIUM))
    throw new Error(`${CHROMIUM} is missing: run \`node scripts/ensure-chromium.mjs\` first`);
  server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const path = normalize(url.pathname);
    const file = path.startsWith("/tl/")
      ? join(timelineDist, path.slice(4))
      : path.endsWith("timeline.json")
        ? distPath(path.slice(1))
        : undefined;
    if (path.endsWith(".html")) {
      res
        .writeHead(200, { "content-type": TYPES[".html"] })
        .end(page(url.searchParams.get("edition") ?? ""));
    } else if (file && existsSync(file)) {
      res
        .writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" })
        .end(readFileSync(file));
    } else {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    timeout: 30_000,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--no-first-run",
    ],
  });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

describe.each([
  { edition: "", media: true },
  { edition: "facts/", media: false },
])("TimelineJS renders $edition timeline.json", ({ edition, media }) => {
  it("with a slide per event, an era per period and the sources credited", async () => {
    const tab = await browser.newPage();
    const errors: string[] = [];
    tab.on("pageerror", (e) => errors.push(e.message));
    // Nothing leaves the machine: fonts or embeds from elsewhere are refused.
    await tab.route(
      (url) => !url.href.startsWith(base),
      (route) => route.abort(),
    );
    await tab.goto(`${base}/index.html?edition=${encodeURIComponent(edition)}`);
    await tab.waitForFunction(
      () => (globalThis as unknown as { loaded?: boolean }).loaded === true,
      undefined,
      { timeout: 30_000 },
    );

    // The title slide, then one per event.
    await expect.poll(() => tab.locator(".tl-slide").count()).toBe(records.events.length + 1);
    expect(await tab.locator(".tl-timeera").count()).toBe(records.periods.length);
    const crimea = records.events.find((e) => e.slug === "russia-annexes-crimea")!;
    // Slides come in date order, after the title slide.
    const slide = tab.locator(".tl-slide").filter({ hasText: crimea.title });
    const slideText = (await slide.textContent()) ?? "";
    expect(slideText).toContain(crimea.date.label);
    expect(slideText).not.toContain(" — ");
    // Media load as their slide comes near: go to the slide first.
    await tab.evaluate(
      (id) => (globalThis as unknown as { tl: { goToId(id: string): void } }).tl.goToId(id),
      crimea.slug,
    );
    if (media) {
      await slide.locator("blockquote").waitFor({ timeout: 10_000 });
      expect(await slide.locator("blockquote").count()).toBe(1);
      expect(await slide.locator(".tl-credit").textContent()).toMatch(/^Manolache \(2023\), ¶\d+$/);
    } else {
      expect(await slide.locator("blockquote").count()).toBe(0);
      expect(slideText).toMatch(/Source: Manolache \(2023\), ¶\d+/);
    }
    expect(errors).toEqual([]);
    await tab.close();
  }, 60_000);
});
