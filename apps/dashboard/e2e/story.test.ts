// The path for a new reader, in Chromium: the annotated article, from the paragraph
// about 2008 to the event and its sources; a CSV of 2014–2022; a citation of that view copied.
// Then the other new items: the timeline's story, the downloads, links in sources, search
// marks, and axe over every new view. Steps share one page and run in order.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Download, Page } from "playwright-core";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { axeViolations } from "./axe";
import {
  ALL_EVENTS,
  ARTICLE_EVENTS,
  CORRECTION,
  countLine,
  dataset,
  RECORD_DOCUMENTS,
  RECORD_EVENTS,
} from "./expected";
import { sharedPage } from "./sharedPage";

const baseUrl = inject("baseUrl");
const docs = (name: string) => fileURLToPath(new URL(`../docs/${name}`, import.meta.url));

const shared = sharedPage(
  { viewport: { width: 1280, height: 900 }, acceptDownloads: true },
  (context) => context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseUrl }),
);
let page: Page;
beforeAll(() => {
  page = shared.page;
});

const heading = (name: string | RegExp) => page.getByRole("heading", { level: 1, name });

/** The text of a file the page hands over when `click` runs. */
async function download(click: () => Promise<void>): Promise<{ name: string; body: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent("download"), click()]);
  const path = await (file as Download).path();
  return { name: (file as Download).suggestedFilename(), body: readFileSync(path) };
}

describe("a new reader", () => {
  it("reads the paragraph about 2008 in the article and clicks its highlighted sentence", async () => {
    await page.goto(`${baseUrl}/article`);
    await heading("The article").waitFor();
    await page.locator(".paragraph").first().waitFor();
    const sections = await page.getByRole("heading", { level: 2 }).allTextContents();
    expect(sections).toEqual(expect.arrayContaining(["Abstract", "Conclusions"]));
    const numbers = await page.locator(".paragraph-number").allTextContents();
    expect(numbers.map((n) => Number(n.replace(/\D/g, "")))).toEqual(numbers.map((_, i) => i + 1));
    const paragraph = page.locator(".paragraph", { hasText: "interrupted in 2008" });
    await paragraph.scrollIntoViewIfNeeded();
    await page.screenshot({ path: docs("article.png") });
    // Its in-text citation leads to the reference list.
    expect(await paragraph.getByRole("link", { name: "Trenin 2009" }).getAttribute("href")).toBe(
      "/references#ref-trenin-2009",
    );
    await paragraph
      .locator("mark a", { hasText: "relations between the two blocs were interrupted in 2008" })
      .click();
    await page.waitForURL(/\/events\/nato-russia-relations-interrupted-2008$/);
    await heading("NATO–Russia relations interrupted after the Georgia war").waitFor();
    expect(await page.title()).toBe(
      "NATO–Russia relations interrupted after the Georgia war · NATO–Russia relations",
    );
    await page.getByRole("heading", { name: "Where the article says so" }).waitFor();
    await page.locator(".source mark", { hasText: "interrupted in 2008" }).first().waitFor();
    await page.locator(".cited-here .citation", { hasText: "Trenin" }).waitFor();
    // The verification note's sources are links, and the paragraph leads back to the article.
    expect(
      await page.locator(".notice a.source-url, .verification a.source-url").count(),
    ).toBeGreaterThan(0);
    await page.getByRole("link", { name: "Paragraph 16" }).first().click();
    await page.waitForURL(/\/article#evolution-12$/);
    await expect
      .poll(() => page.locator("#evolution-12").evaluate((el) => el.getBoundingClientRect().top))
      .toBeLessThan(300);
  });

  it("downloads a CSV of 2014–2022", async () => {
    await page.goto(`${baseUrl}/?from=2014&to=2022`);
    const count = Number(
      (await page.getByText(/^\d+ events, 2014–2022$/).textContent())!.split(" ")[0],
    );
    const { name, body } = await download(() =>
      page.getByRole("button", { name: "Events as CSV" }).click(),
    );
    expect(name).toBe("nato-russia-events-2014-to-2022.csv");
    const lines = body.toString("utf8").trimEnd().split("\r\n");
    expect(lines[0]).toBe(
      "slug,title,date_label,date_start,date_end,date_precision,kind,relation,actors,url",
    );
    expect(lines).toHaveLength(count + 1);
    expect(lines.some((line) => line.startsWith("russia-annexes-crimea,"))).toBe(true);
    for (const line of lines.slice(1)) {
      const year = Number(line.match(/,(\d{4})(-\d\d)*(-\d\d)*,/)![1]);
      expect(year).toBeLessThanOrEqual(2022);
    }
  });

  it("copies a citation of that view, in the style chosen", async () => {
    const cite = page.locator("section", {
      has: page.getByRole("heading", { name: "Cite this view" }),
    });
    await cite.getByLabel("Citation style").selectOption("APA");
    const text = cite.locator(".view-citation");
    await expect.poll(() => text.textContent()).toMatch(/events from 2014 to 2022/);
    const citation = (await text.textContent())!;
    expect(citation).toMatch(/\(\d+\.\d+\.\d+\)/);
    expect(citation).toContain(`${baseUrl}/?from=2014&to=2022`);
    expect(citation).toMatch(/Retrieved \w+ \d+, \d{4}/);
    await cite.getByRole("button", { name: "Copy this view’s citation" }).click();
    await cite.getByText("Copied to the clipboard.").waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(citation);
  });
});

describe("the new views and items", () => {
  it("draws the article's timeline as a story: spans, precision, squeezed decades, named turning points", async () => {
    await page.goto(`${baseUrl}/?source=article`);
    await page.getByText(countLine(ARTICLE_EVENTS), { exact: true }).waitFor();
    const box = async (slug: string) =>
      (await page
        .locator(`.timeline-mark[data-slug="${slug}"] > :is(rect, circle)`)
        .boundingBox())!;
    // The Cold War is a span, a year-only event covers its year, a day is a dot.
    const coldWar = await box("cold-war");
    const year2014 = await box("nato-refocuses-on-eastern-flank");
    const invasion = await box("russia-invades-ukraine");
    expect(year2014.width).toBeGreaterThan(invasion.width * 1.5);
    expect(coldWar.width).toBeGreaterThan(year2014.width * 3);
    // 1990–2024 holds most of the width: the empty decades are squeezed.
    const axis = (await page.locator(".timeline .zoom-area").boundingBox())!;
    const soviet = await box("soviet-union-collapses");
    expect(soviet.x - axis.x).toBeLessThan(axis.width * 0.35);
    for (const label of ["Cold War", "Crimea annexed", "Invasion of Ukraine"])
      await page.locator(".key-event text", { hasText: label }).waitFor();
    expect(await page.locator(".family-legend li").count()).toBeLessThanOrEqual(6);
  });

  it("hands over the view's events as JSON and its chart as SVG and PNG", async () => {
    const json = await download(() => page.getByRole("button", { name: "Events as JSON" }).click());
    expect(JSON.parse(json.body.toString("utf8"))).toHaveLength(ARTICLE_EVENTS.length);
    const svg = await download(() => page.getByRole("button", { name: "Chart as SVG" }).click());
    expect(svg.name).toBe("nato-russia-timeline.svg");
    expect(svg.body.toString("utf8")).toMatch(/<svg[^>]+xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    const png = await download(() => page.getByRole("button", { name: "Chart as PNG" }).click());
    expect(png.body.subarray(1, 4).toString("latin1")).toBe("PNG");
  });

  it("hands over the references as BibTeX and CSL-JSON, and links their URLs", async () => {
    await page.goto(`${baseUrl}/references`);
    await heading("References").waitFor();
    const bib = await download(() =>
      page.getByRole("button", { name: "References as BibTeX" }).click(),
    );
    expect(bib.body.toString("utf8")).toMatch(/^@\w+\{/);
    const csl = await download(() =>
      page.getByRole("button", { name: "References as CSL-JSON" }).click(),
    );
    const items = JSON.parse(csl.body.toString("utf8")) as { title: string }[];
    expect(items.length).toBeGreaterThan(10);
    // Every reference, not the first page: the export walks every page of the API.
    expect(items).toHaveLength(dataset.records.references.length);
    expect(items.every((item) => typeof item.title === "string")).toBe(true);
    const link = page.locator(".references a.source-url").first();
    expect(await link.getAttribute("href")).toMatch(/^https?:\/\//);
  });

  it("marks the words searched for and links every result to its record", async () => {
    await page.goto(`${baseUrl}/search?q=crimea`);
    await page.getByText(/^\d+ results for crimea$/).waitFor();
    const marks = await page.locator(".search-results mark").allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    for (const mark of marks) expect(mark.toLowerCase()).toBe("crimea");
    const items = page.locator(".search-results > li");
    const count = await items.count();
    for (let i = 0; i < count; i++)
      expect(await items.nth(i).locator("a").count()).toBeGreaterThan(0);
  });

  it("has no axe violations on the new views", async () => {
    for (const path of [
      "/article",
      "/?from=2014&to=2022",
      "/references",
      "/search?q=crimea",
      "/events/nato-russia-relations-interrupted-2008",
    ]) {
      await page.goto(`${baseUrl}${path}`);
      await page.locator("h1").waitFor();
      await page.waitForLoadState("networkidle");
      expect(await axeViolations(page), path).toEqual([]);
    }
  });

  it("keeps the timeline readable 375 px wide", async () => {
    await page.setViewportSize({ width: 375, height: 900 });
    await page.goto(baseUrl);
    await page.getByText(countLine(ALL_EVENTS), { exact: true }).waitFor();
    const svg = (await page.locator(".story-timeline svg").boundingBox())!;
    expect(svg.width).toBeLessThanOrEqual(375);
    const ticks = page.locator(".story-timeline svg text", { hasText: /^\d{4}$/ });
    const boxes = await Promise.all((await ticks.all()).map((tick) => tick.boundingBox()));
    for (let i = 1; i < boxes.length; i++)
      expect(boxes[i]!.x).toBeGreaterThan(boxes[i - 1]!.x + boxes[i - 1]!.width);
    await page.screenshot({ path: docs("timeline-375.png"), fullPage: false });
  });
});

describe("the record beside the article", () => {
  const marks = () => page.locator(".timeline .timeline-mark").count();

  it("switches the timeline between the article, the record and both, in the URL", async () => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${baseUrl}/?source=article`);
    const switcher = page.getByRole("group", { name: "Events told by" });
    expect(await switcher.getByLabel("The article").isChecked()).toBe(true);
    await page.getByText(countLine(ARTICLE_EVENTS), { exact: true }).waitFor();
    expect(await marks()).toBe(ARTICLE_EVENTS.length);
    const lede = page.locator("p.lede");
    expect(await lede.textContent()).toMatch(
      /^Seventy-five years of NATO–Russia relations as one article tells them/,
    );

    await switcher.getByLabel("The record").click();
    await page.waitForURL(/\?source=record$/);
    await page.getByText(countLine(RECORD_EVENTS), { exact: true }).waitFor();
    expect(await switcher.getByLabel("The record").isChecked()).toBe(true);
    expect(await marks()).toBe(RECORD_EVENTS.length);
    expect(await lede.textContent()).toMatch(/as the official record documents them:/);
    const article = new Set(ARTICLE_EVENTS.map((event) => event.slug));
    const onlyRecord = RECORD_EVENTS.find((event) => !article.has(event.slug))!;
    await page.locator(`.event-list a[href="/events/${onlyRecord.slug}"]`).waitFor();

    await switcher.getByLabel("Both").click();
    await page.waitForURL((url) => !url.searchParams.has("source"));
    await page.getByText(countLine(ALL_EVENTS), { exact: true }).waitFor();
    expect(await marks()).toBe(ALL_EVENTS.length);
    expect(await lede.textContent()).toMatch(
      /as one article tells them and as the official record/,
    );
  });

  it("lists the documents of the record with their passages and events", async () => {
    await page.goto(`${baseUrl}/references`);
    const section = page.locator("section", {
      has: page.getByRole("heading", { name: /^Documents of the record/ }),
    });
    await section.waitFor();
    expect(await section.locator("ol.references > li").count()).toBe(RECORD_DOCUMENTS.length);
    const slug = RECORD_DOCUMENTS[0]!;
    const passages = dataset.passagesOf(slug).length;
    await section
      .locator(`#ref-${slug} .document-stats`, {
        hasText: new RegExp(`: ${passages} passages? attesting \\d+ events?$`),
      })
      .waitFor();
  });

  it("quotes the record's documents on an event, and links the article's account it corrects", async () => {
    const { record, article } = CORRECTION;
    await page.goto(`${baseUrl}/events/${record.slug}`);
    await heading(record.title).waitFor();
    await page.getByRole("heading", { name: "Where the record says so" }).waitFor();
    const passage = dataset.getPassage(record.sources[0]!.passage)!;
    const document = dataset.getReference(passage.document)!;
    const source = page.locator(`.source[data-document="${document.slug}"]`).first();
    await source.locator("mark").first().waitFor();
    expect(
      await source.getByRole("link", { name: String(document.csl.title) }).getAttribute("href"),
    ).toBe(document.csl.URL);
    await source.locator("figcaption", { hasText: passage.locator }).waitFor();

    const note = page.getByRole("complementary", { name: "Corrections" });
    await note.getByRole("link", { name: article.title }).click();
    await heading(article.title).waitFor();
    await page
      .getByRole("complementary", { name: "Corrections" })
      .getByText("The record tells this differently:")
      .waitFor();
    await page
      .getByRole("complementary", { name: "Corrections" })
      .getByRole("link", { name: record.title })
      .waitFor();
  });

  it("has no axe violations on the record's views", async () => {
    for (const path of [
      "/?source=record",
      "/references",
      `/events/${CORRECTION.record.slug}`,
      `/events/${CORRECTION.article.slug}`,
    ]) {
      await page.goto(`${baseUrl}${path}`);
      await page.locator("h1").waitFor();
      await page.waitForLoadState("networkidle");
      expect(await axeViolations(page), path).toEqual([]);
    }
  });
});
