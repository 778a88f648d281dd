// Where each kind of record the article quotes is shown in the dashboard, and what to call it.
import type { ArticleQuery } from "@nato-russia/client";
import { timelineLink } from "../filters/urlFilters";

export type QuotedRecord = ArticleQuery["passages"]["nodes"][number]["quotes"][number]["record"];

/** Events first: a quote links to the event it states before the period or actor it names. */
const RANK: Record<QuotedRecord["__typename"], number> = {
  Event: 0,
  Position: 1,
  Period: 2,
  Actor: 3,
  Theme: 4,
};

export const recordRank = (record: QuotedRecord): number => RANK[record.__typename];

export const RECORD_TYPE_LABEL: Record<QuotedRecord["__typename"], string> = {
  Event: "Event",
  Position: "Position",
  Period: "Period",
  Actor: "Actor",
  Theme: "Theme",
};

/** The page that shows a record: its own page, or the timeline filtered to it. */
export function recordHref(record: QuotedRecord): string {
  switch (record.__typename) {
    case "Event":
      return `/events/${record.slug}`;
    case "Actor":
      return `/actors/${record.slug}`;
    case "Position":
      return `/actors/${record.holder.slug}#position-${record.slug}`;
    case "Period":
      return timelineLink({ periods: [record.slug] });
    case "Theme":
      return timelineLink({ themes: [record.slug] });
  }
}

export function recordName(record: QuotedRecord): string {
  switch (record.__typename) {
    case "Event":
      return record.title;
    case "Position":
      return `${record.holder.name}: ${record.statement}`;
    default:
      return record.name;
  }
}
