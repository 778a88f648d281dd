// One page that a suite's steps share, in order, in Chromium: every wait is bounded (a step that
// cannot happen fails in seconds, not at the suite's end) and any console error fails the step
// it happens in.
import type { Browser, BrowserContext, BrowserContextOptions, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, expect } from "vitest";
import { launchBrowser } from "./launchBrowser";

export interface SharedPage {
  readonly page: Page;
  /** Drops the console errors a step caused on purpose (e.g. requests it made fail). */
  forgive(expected: (error: string) => boolean): void;
}

/** Registers the suite's hooks; `page` is there from the first step on. */
export function sharedPage(
  options: BrowserContextOptions,
  prepare?: (context: BrowserContext) => Promise<void>,
): SharedPage {
  let browser: Browser | undefined;
  let page: Page | undefined;
  let errors: string[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
    const context = await browser.newContext(options);
    await prepare?.(context);
    context.setDefaultTimeout(15_000);
    context.setDefaultNavigationTimeout(30_000);
    page = await context.newPage();
    page.on("console", (message) => {
      if (message.type() === "error") errors.push(message.text());
    });
    page.on("pageerror", (error) => errors.push(error.message));
  });

  afterEach(() => {
    const found = errors;
    errors = [];
    expect(found, "console errors").toEqual([]);
  });

  afterAll(async () => {
    await browser?.close();
  });

  return {
    get page() {
      if (!page) throw new Error("the shared page is opened before the first step");
      return page;
    },
    forgive(expected) {
      errors = errors.filter((error) => !expected(error));
    },
  };
}
