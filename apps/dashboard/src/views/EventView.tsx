// One event and where documents say so: every quote in its passage (the article's paragraph, or
// a document of the record with its place in it), the works cited there, how the claim compares
// with the public record, and the record's event that tells it differently.
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { Link, useParams } from "react-router";
import { CitationStylePicker } from "../citations/CitationStylePicker";
import { FormattedCitation } from "../citations/FormattedCitation";
import { useCitationStyle } from "../citations/useCitationStyle";
import { useQueryOptions } from "../ClientContext";
import { KindTag, RelationTag } from "../events/EventTags";
import { Corrections } from "../events/Corrections";
import { groupByPassage, SourcePassage } from "../events/SourcePassage";
import { timelineLink } from "../filters/urlFilters";
import { humanize, PRECISION_LABEL } from "../labels";
import { LinkedText } from "../ui/LinkedText";
import { QueryState } from "../ui/QueryState";
import { useDocumentTitle } from "../ui/useDocumentTitle";

export function EventView() {
  const { slug = "" } = useParams();
  const queries = useQueryOptions();
  const [style, setStyle] = useCitationStyle();
  const query = useQuery({
    ...queries.eventPage({ slug, style }),
    // A new style keeps the page in place while the citations are formatted.
    placeholderData: keepPreviousData,
  });
  const article = useQuery({
    ...queries.dataset({ style }),
    placeholderData: keepPreviousData,
  });
  useDocumentTitle(query.data?.event?.title ?? "Event");

  return (
    <QueryState
      query={query}
      what="the event"
      isEmpty={(data) => data.event === null}
      empty={
        <>
          <h1>No such event</h1>
          <p>
            There is no event <code>{slug}</code>. <Link to="/">Back to the timeline</Link>
          </p>
        </>
      }
    >
      {({ event }) => {
        if (!event) return null;
        const groups = groupByPassage(event.sources);
        const articleSources = groups.filter((g) => g.passage.document.role === "PRIMARY");
        const recordSources = groups.filter((g) => g.passage.document.role !== "PRIMARY");
        return (
          <article className="event">
            <p className="breadcrumb">
              <Link
                to={timelineLink({ from: String(event.date.year), to: String(event.date.year) })}
              >
                ← {event.date.year} on the timeline
              </Link>
            </p>
            <h1>{event.title}</h1>
            <p className="lede">{event.summary}</p>
            <dl className="facts">
              <dt>Date</dt>
              <dd>
                {event.date.label}{" "}
                <span className="muted">({PRECISION_LABEL[event.date.precision]})</span>
              </dd>
              <dt>Kind</dt>
              <dd>
                <KindTag kind={event.kind} /> <RelationTag relation={event.relation} />
              </dd>
              {event.period && (
                <>
                  <dt>Period</dt>
                  <dd>
                    <Link to={timelineLink({ periods: [event.period.slug] })}>
                      {event.period.name}
                    </Link>{" "}
                    <span className="muted">
                      ({event.period.start.label}–{event.period.end?.label ?? "today"})
                    </span>
                  </dd>
                </>
              )}
              {event.actors.length > 0 && (
                <>
                  <dt>Actors</dt>
                  <dd>
                    <ul className="inline-list">
                      {event.actors.map(({ actor, role }) => (
                        <li key={actor.slug}>
                          <Link to={`/actors/${actor.slug}`}>{actor.name}</Link>{" "}
                          <span className="muted">({humanize(role).toLowerCase()})</span>
                        </li>
                      ))}
                    </ul>
                  </dd>
                </>
              )}
              {event.themes.length > 0 && (
                <>
                  <dt>Themes</dt>
                  <dd>
                    <ul className="inline-list">
                      {event.themes.map((theme) => (
                        <li key={theme.slug}>
                          <Link to={timelineLink({ themes: [theme.slug] })}>{theme.name}</Link>
                        </li>
                      ))}
                    </ul>
                  </dd>
                </>
              )}
            </dl>

            {event.verification.status !== "CONSISTENT" && (
              <aside className="notice notice-warning" aria-labelledby="verification">
                <h2 id="verification">
                  {humanize(event.verification.status)}: how the article compares with the record
                </h2>
                {event.verification.note && (
                  <p>
                    <LinkedText text={event.verification.note} />
                  </p>
                )}
                {event.verification.references.map((reference) => (
                  <FormattedCitation key={reference.slug} reference={reference} />
                ))}
              </aside>
            )}

            <Corrections event={event} />

            {articleSources.length > 0 && (
              <section aria-labelledby="sources">
                <div className="section-head">
                  <h2 id="sources">Where the article says so</h2>
                  <CitationStylePicker style={style} onChange={setStyle} />
                </div>
                {article.data && (
                  <div className="article-citation">
                    <span className="muted">From the article:</span>
                    <FormattedCitation reference={article.data.dataset.source} />
                  </div>
                )}
                {articleSources.map((group) => (
                  <SourcePassage key={group.passage.slug} group={group} />
                ))}
              </section>
            )}

            {recordSources.length > 0 && (
              <section aria-labelledby="record-sources">
                <h2 id="record-sources">Where the record says so</h2>
                {recordSources.map((group) => (
                  <SourcePassage key={group.passage.slug} group={group} />
                ))}
              </section>
            )}

            {event.verification.status === "CONSISTENT" && (
              <details className="verification">
                <summary>Consistent with the public record</summary>
                {event.verification.note && (
                  <p>
                    <LinkedText text={event.verification.note} />
                  </p>
                )}
                {event.verification.references.map((reference) => (
                  <FormattedCitation key={reference.slug} reference={reference} />
                ))}
              </details>
            )}
          </article>
        );
      }}
    </QueryState>
  );
}
