// TimelineJS3 JSON: one slide per event (title, summary, the date at its own precision, grouped
// by period), an era per period, and for the full edition the quote the event rests on as the
// slide's media, credited to the article's paragraph. The facts edition has no quotes.
import type { DatasetRecords } from "../../src/entities.js";
import { DATASET_DESCRIPTION, DATASET_TITLE, RELEASE_DATE } from "../../src/metadata.js";
import type { FuzzyDate } from "../../src/schema/index.js";
import { articleOf } from "./article.js";
import type { EditionName } from "./editions.js";

interface TimelineDate {
  year: number;
  month?: number;
  day?: number;
}

const escapeHtml = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** A partial ISO date as TimelineJS's date object: only the parts the precision knows. */
export function timelineDate(iso: string): TimelineDate {
  const [year, month, day] = iso.split("-").map(Number);
  return {
    year: year!,
    ...(month ? { month } : {}),
    ...(day ? { day } : {}),
  };
}

const endOf = (d: FuzzyDate) => d.end ?? d.start;

export function timelineOf(edition: EditionName, records: DatasetRecords) {
  const article = articleOf(records);
  const author = article.csl.author?.[0]?.family ?? article.csl.title;
  const year = article.csl.issued?.["date-parts"][0]?.[0];
  const passageOrder = new Map(records.passages.map((p) => [p.slug, p.order]));
  const periodName = new Map(records.periods.map((p) => [p.slug, p.name]));
  return {
    title: {
      text: {
        headline: escapeHtml(DATASET_TITLE),
        text: `<p>${escapeHtml(DATASET_DESCRIPTION)}</p>`,
      },
    },
    events: records.events.map((e) => {
      const source = e.sources[0]!;
      const credit = `${author} (${year}), ¶${passageOrder.get(source.passage)}`;
      return {
        unique_id: e.slug,
        start_date: timelineDate(e.date.start),
        ...(e.date.end ? { end_date: timelineDate(e.date.end) } : {}),
        // The label says the date as the evidence does ("February–March 2014"), span included.
        display_date: e.date.label,
        text: {
          headline: escapeHtml(e.title),
          text: `<p>${escapeHtml(e.summary)}</p>${edition === "facts" ? `<p>Source: ${escapeHtml(credit)}</p>` : ""}`,
        },
        group: e.period ? periodName.get(e.period) : e.kind,
        ...(edition === "full"
          ? {
              media: {
                url: `<blockquote>${escapeHtml(source.quote)}</blockquote>`,
                credit: escapeHtml(credit),
              },
            }
          : {}),
      };
    }),
    eras: records.periods.map((p) => ({
      start_date: timelineDate(p.start.start),
      end_date: timelineDate(p.end ? endOf(p.end) : RELEASE_DATE),
      text: { headline: escapeHtml(p.name) },
    })),
  };
}
