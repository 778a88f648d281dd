// What the views should show, from the data package itself: the tests follow the dataset as it
// grows instead of hard-coding its size.
import { dataset, type EventFilter } from "@nato-russia/data";

type Event = ReturnType<typeof dataset.filterEvents>[number];

const year = (date: string) => Number(date.slice(0, 4));

/**
 * The timeline's count line: "137 events, 1945–2026", the years those of the events, or of the
 * filter when it sets them.
 */
export function countLine(events: readonly Event[], years?: [from: string, to: string]): string {
  const first = years?.[0] ?? Math.min(...events.map((event) => year(event.date.start)));
  const last =
    years?.[1] ?? Math.max(...events.map((event) => year(event.date.end ?? event.date.start)));
  return `${events.length} ${events.length === 1 ? "event" : "events"}, ${first}–${last}`;
}

export const events = (filter: EventFilter = {}) => dataset.filterEvents(filter);

/** The article, and the documents of the record. */
export const ARTICLE = dataset.source.slug;
export const RECORD_DOCUMENTS = dataset
  .documents()
  .filter((document) => document.role === "RECORD")
  .map((document) => document.slug);

export const ALL_EVENTS = events();
export const ARTICLE_EVENTS = events({ sources: [ARTICLE] });
export const RECORD_EVENTS = events({ sources: RECORD_DOCUMENTS });

/** An event of the record that corrects one of the article's, and that one. */
export const CORRECTION = (() => {
  const record = ALL_EVENTS.find((event) => event.corrects)!;
  return { record, article: dataset.getEvent(record.corrects!)! };
})();

export { dataset };
