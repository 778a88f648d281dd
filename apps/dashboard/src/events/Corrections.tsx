// The link between an article's event and the event of the record that tells it right: both
// stay in the dataset, each pointing to the other.
import type { EventPageQuery } from "@nato-russia/client";
import { Link } from "react-router";

type Event = NonNullable<EventPageQuery["event"]>;
type Linked = NonNullable<Event["corrects"]>;

function EventLink({ event }: { event: Linked }) {
  return (
    <>
      <Link to={`/events/${event.slug}`}>{event.title}</Link>{" "}
      <span className="muted">({event.date.label})</span>
    </>
  );
}

export function Corrections({ event }: { event: Pick<Event, "corrects" | "correctedBy"> }) {
  if (!event.corrects && event.correctedBy.length === 0) return null;
  return (
    <aside className="notice corrections" aria-label="Corrections">
      {event.correctedBy.length > 0 && (
        <p>
          The record tells this differently:{" "}
          {event.correctedBy.map((other, index) => (
            <span key={other.slug}>
              {index > 0 && "; "}
              <EventLink event={other} />
            </span>
          ))}
          .
        </p>
      )}
      {event.corrects && (
        <p>
          This is how the record tells an event the article gives differently:{" "}
          <EventLink event={event.corrects} />.
        </p>
      )}
    </aside>
  );
}
