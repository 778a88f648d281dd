// GraphiQL as an API user opens it: served whole by the gateway, under its strict CSP, with no
// request leaving the server's origin, and a query run from it.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser } from "./launchBrowser";

const baseUrl = inject("baseUrl");
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe("GraphiQL", () => {
  it("loads from the server alone, under its CSP, and runs the default query", async () => {
    const page = await browser.newPage();
    page.setDefaultTimeout(20_000);
    const errors: string[] = [];
    const foreign: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error") errors.push(message.text());
    });
    page.on("pageerror", (error) => errors.push(error.message));
    page.on("request", (request) => {
      const url = request.url();
      if (!url.startsWith(baseUrl) && !url.startsWith("blob:") && !url.startsWith("data:"))
        foreign.push(url);
    });
    const response = await page.goto(`${baseUrl}/graphql`);
    expect(response?.headers()["content-security-policy"]).toMatch(/script-src 'sha256-/);
    await page.getByText("query Overview").first().waitFor();
    const answer = page.waitForResponse(
      (r) => r.url().startsWith(`${baseUrl}/graphql`) && r.request().method() === "POST",
    );
    await page.locator("button.graphiql-execute-button").click();
    expect((await answer).status()).toBe(200);
    await page.getByText('"version"').first().waitFor();
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
    await page.close();
  });
});
