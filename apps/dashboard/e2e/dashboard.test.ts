// The dashboard as a reader uses it: the built app, served by the real gateway, in Chromium.
// The steps share one page and run in order; any console error fails the step it happens in.
import { fileURLToPath } from "node:url";
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { ALL_EVENTS, countLine, events } from "./expected";
import { sharedPage } from "./sharedPage";

const baseUrl = inject("baseUrl");
const SCREENSHOT = fileURLToPath(new URL("../docs/timeline.png", import.meta.url));

const shared = sharedPage({ viewport: { width: 1280, height: 800 } });
let page: Page;
beforeAll(() => {
  page = shared.page;
});

/** The count line of the unfiltered timeline, e.g. "137 events, 1945–2026". */
const ALL = countLine(ALL_EVENTS);
/** The count line of every event, with any years. */
const ANY_ALL = new RegExp(`^${ALL_EVENTS.length} events`);

const heading = (name: string | RegExp) => page.getByRole("heading", { level: 1, name });

describe("the dashboard", () => {
  it("opens on the timeline: every event, the periods behind them", async () => {
    await page.goto(baseUrl);
    await heading("Timeline").waitFor();
    await page.getByText(ALL, { exact: true }).waitFor();
    expect(await page.locator(".timeline .timeline-mark").count()).toBe(ALL_EVENTS.length);
    expect(
      await page.getByRole("list", { name: "Periods of the relationship" }).locator("li").count(),
    ).toBe(5);
    await page.screenshot({ path: SCREENSHOT });
  });

  it("zooms to a range dragged across the chart", async () => {
    const plot = await page.locator(".timeline .zoom-area").boundingBox();
    expect(plot).not.toBeNull();
    // From about a third of the way across to about two thirds: some decades in the middle.
    const y = plot!.y + plot!.height / 2;
    await page.mouse.move(plot!.x + plot!.width * 0.4, y);
    await page.mouse.down();
    await page.mouse.move(plot!.x + plot!.width * 0.7, y, { steps: 5 });
    await page.mouse.up();
    await page.waitForURL(/\?from=\d{4}&to=\d{4}$/);
    const url = new URL(page.url());
    const [from, to] = [Number(url.searchParams.get("from")), Number(url.searchParams.get("to"))];
    expect(from).toBeGreaterThan(1950);
    expect(to).toBeGreaterThan(from);
    expect(to).toBeLessThan(2026);
    await page.getByText(new RegExp(`^\\d+ events?, ${from}–${to}$`)).waitFor();
    await page.goBack();
    await page.getByText(ANY_ALL).waitFor();
  });

  it("names an event on hover and opens it on click", async () => {
    const mark = page.locator(".timeline .timeline-mark").first();
    await mark.hover();
    await page.locator(".chart-tooltip").waitFor();
    await mark.click();
    await page.waitForURL(/\/events\/[a-z0-9-]+$/);
    await page.locator("h1").waitFor();
    await page.goBack();
    await page.getByText(ANY_ALL).waitFor();
  });

  it("filters to 2014–2022 through the URL, and Back undoes it", async () => {
    await page.getByLabel("From", { exact: true }).fill("2014");
    await page.getByLabel("To", { exact: true }).fill("2022");
    await page.getByRole("button", { name: "Apply dates" }).click();
    await page.waitForURL(/\?from=2014&to=2022$/);
    await page.getByText(/^\d+ events, 2014–2022$/).waitFor();
    const years = await page.locator(".event-list h3").allTextContents();
    expect(years.length).toBeGreaterThan(0);
    for (const year of years) expect(Number(year)).toBeGreaterThanOrEqual(2014);
    for (const year of years) expect(Number(year)).toBeLessThanOrEqual(2022);

    await page.goBack();
    await page.getByText(ANY_ALL).waitFor();
    await page.goForward();
    await page.getByText(/^\d+ events, 2014–2022$/).waitFor();
  });

  it("opens the Crimea event: its quote in its paragraph, and the work cited there", async () => {
    await page.locator('a[href="/events/russia-annexes-crimea"]').click();
    await heading("Russia occupies and annexes Crimea").waitFor();
    await page.getByRole("heading", { name: "Where the article says so" }).waitFor();
    await page
      .locator("mark", { hasText: "Russia violated its commitments by annexing Crimea" })
      .waitFor();
    await page.getByText("Paragraph 17", { exact: false }).first().waitFor();
    await page.locator(".cited-here .citation", { hasText: "Kolesnikov, Andrei. 2023." }).waitFor();
  });

  it("switches the citation style", async () => {
    await page.getByLabel("Citation style").selectOption("BIBTEX");
    await page.waitForURL(/style=BIBTEX/);
    await page.locator(".cited-here .bibtex", { hasText: "@" }).first().waitFor();

    await page.getByRole("link", { name: "References" }).click();
    await heading("References").waitFor();
    await page.getByLabel("Citation style").selectOption("APA");
    await page.locator(".references .citation", { hasText: "Manolache, I. C. (2023)." }).waitFor();
    await page.getByLabel("Citation style").selectOption("MLA");
    await page.waitForURL(/style=MLA/);
    // The first MLA list formats 100 references: over a second on a busy machine.
    await expect
      .poll(() => page.locator(".references .citation").first().textContent(), {
        timeout: 15_000,
      })
      .not.toContain("(2023).");
  });

  it('searches everything for "Vilnius" and opens the summit', async () => {
    await page.getByRole("link", { name: "Search", exact: true }).click();
    await page.getByLabel("Search everything").fill("Vilnius");
    await page.getByLabel("Search everything").press("Enter");
    await page.waitForURL(/\/search\?q=Vilnius$/);
    await page.getByText(/^\d+ results for Vilnius$/).waitFor();
    await page.locator('a[href="/events/vilnius-summit"]').click();
    await heading("NATO Vilnius Summit").waitFor();
  });

  it("answers “what happened between NATO and Russia in 2008, and where does the article say so?” in two clicks", async () => {
    await page.goto(baseUrl);
    await page.getByRole("link", { name: "Only 2008" }).click();
    await page
      .getByText(countLine(events({ from: "2008", to: "2008" }), ["2008", "2008"]), { exact: true })
      .waitFor();
    await page.getByRole("link", { name: /NATO–Russia relations interrupted/ }).click();
    await page.getByRole("heading", { name: "Where the article says so" }).waitFor();
    expect(await page.locator(".source mark").count()).toBeGreaterThan(0);
  });

  it("lists every event of an actor, however many pages they take", async () => {
    const nato = events({ actors: ["nato"] });
    expect(nato.length).toBeGreaterThan(100);
    await page.goto(`${baseUrl}/actors/nato`);
    await page.getByRole("heading", { name: `Events (${nato.length})` }).waitFor();
    const links = page.locator(".event-list a[href^='/events/']");
    await expect.poll(() => links.count()).toBe(nato.length);
  });

  it("shows a bad filter's error code instead of a blank page", async () => {
    await page.goto(`${baseUrl}/?from=2023-13-01`);
    await page.getByRole("alert").getByText("BAD_DATE").waitFor();
    await page.getByRole("button", { name: "Clear all filters" }).first().click();
    await page.getByText(ANY_ALL).waitFor();
  });

  it("says so when the API is down", async () => {
    await page.route("**/graphql?**", (route) => route.abort("connectionrefused"));
    await page.goto(`${baseUrl}/counts`);
    await page.getByRole("alert").getByText("The API is not answering").waitFor();
    await page.getByRole("alert").getByText("NETWORK_ERROR").waitFor();
    await page.unroute("**/graphql?**");
    // The refused requests are logged by the browser itself; that is this step's point.
    shared.forgive((error) => error.includes("ERR_CONNECTION_REFUSED"));
    await page.getByRole("button", { name: "Try again" }).click();
    await page.getByRole("heading", { name: "Events per year" }).waitFor();
  });

  it("works from the keyboard: skip link, then a year, then an event", async () => {
    await page.goto(baseUrl);
    await page.getByText(ANY_ALL).waitFor();
    await page.keyboard.press("Tab");
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toBe("Skip to content");
    await page.getByRole("link", { name: "Only 2014" }).focus();
    await page.keyboard.press("Enter");
    await page.waitForURL(/from=2014&to=2014/);
    await page.locator('a[href="/events/russia-annexes-crimea"]').focus();
    await page.keyboard.press("Enter");
    await heading("Russia occupies and annexes Crimea").waitFor();
  });

  it("fits a 375 px wide phone", async () => {
    await page.setViewportSize({ width: 375, height: 800 });
    for (const path of [
      "/",
      "/article",
      "/counts",
      "/events/russia-annexes-crimea",
      "/references",
      "/actors",
    ]) {
      await page.goto(`${baseUrl}${path}`);
      await page.locator("h1").waitFor();
      await page.waitForLoadState("networkidle");
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
  });
});
