// Events as a list grouped by year: the timeline's text alternative and the way in by keyboard.
import type { EventSummaryFragment } from "@nato-russia/client";
import { Link } from "react-router";
import { KindTag, RelationTag } from "./EventTags";

export function EventList({ events }: { events: readonly EventSummaryFragment[] }) {
  const years = new Map<number, EventSummaryFragment[]>();
  for (const event of events) {
    const list = years.get(event.date.year) ?? [];
    list.push(event);
    years.set(event.date.year, list);
  }
  return (
    <div className="event-list">
      {[...years].map(([year, list]) => (
        <section key={year} aria-labelledby={`year-${year}`}>
          <h3 id={`year-${year}`}>{year}</h3>
          <ul>
            {list.map((event) => (
              <li key={event.slug}>
                <Link to={`/events/${event.slug}`}>{event.title}</Link>
                <span className="event-meta">
                  <span>{event.date.label}</span>
                  <KindTag kind={event.kind} />
                  <RelationTag relation={event.relation} />
                  {event.actors.length > 0 && (
                    <span>{event.actors.map((item) => item.actor.name).join(", ")}</span>
                  )}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
