// The served page describes the dataset to search engines and link previews (the data package's
// JSON-LD and Open Graph tags), and a reader can copy the dataset's citation.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, expect, inject, it } from "vitest";
import { launchBrowser } from "./launchBrowser";

const baseUrl = inject("baseUrl");
const jsonLd = JSON.parse(
  readFileSync(createRequire(import.meta.url).resolve("@nato-russia/data/dataset.jsonld"), "utf8"),
) as { name: string; description: string; version: string };

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

it("embeds the dataset's JSON-LD and Open Graph tags in the HTML the server sends", async () => {
  const html = await (await fetch(`${baseUrl}/`)).text();
  const block = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html);
  expect(block, "JSON-LD script").not.toBeNull();
  expect(JSON.parse(block![1]!)).toEqual(jsonLd);
  expect(html).toContain(`<meta property="og:title" content="${jsonLd.name}"`);
  expect(html).toContain(`<meta property="og:type" content="website"`);
});

it("copies the dataset's citation with its button", async () => {
  const context = await browser.newContext();
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseUrl });
  const page = await context.newPage();
  await page.goto(baseUrl);
  const citation = page.locator(".dataset-citation blockquote");
  await expect
    .poll(() => citation.textContent(), { timeout: 15_000 })
    .toMatch(new RegExp(jsonLd.name, "i")); // Chicago title-cases it
  await page.getByRole("button", { name: "Copy the dataset’s citation" }).click();
  await expect.poll(() => page.getByRole("status").filter({ hasText: "Copied" }).count()).toBe(1);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    await citation.textContent(),
  );
  await context.close();
});
