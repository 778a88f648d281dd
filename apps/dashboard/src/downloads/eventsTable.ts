// The events of a view as rows for a spreadsheet: the fields the API returned, flattened.
import type { EventSummaryFragment } from "@nato-russia/client";

const COLUMNS = [
  "slug",
  "title",
  "date_label",
  "date_start",
  "date_end",
  "date_precision",
  "kind",
  "relation",
  "actors",
  "url",
] as const;

/** One RFC 4180 field: quoted when it holds a comma, quote or line break. */
function field(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** The events as CSV with a header row; actors as "name (role)" joined by "; ". */
export function eventsCsv(events: readonly EventSummaryFragment[], origin: string): string {
  const rows = events.map((event) => [
    event.slug,
    event.title,
    event.date.label,
    event.date.start,
    event.date.end ?? "",
    event.date.precision,
    event.kind,
    event.relation,
    event.actors.map(({ actor, role }) => `${actor.name} (${role.toLowerCase()})`).join("; "),
    `${origin}/events/${event.slug}`,
  ]);
  return [COLUMNS, ...rows].map((row) => row.map(field).join(",")).join("\r\n") + "\r\n";
}
