// One actor: who it is, the stances the article attributes to it, and its events.
import type { ActorProfileQuery } from "@nato-russia/client";
import { Link, useParams } from "react-router";
import { useQueryOptions } from "../ClientContext";
import { EventList } from "../events/EventList";
import { timelineLink } from "../filters/urlFilters";
import { humanize } from "../labels";
import { QueryState, type QueryLike } from "../ui/QueryState";
import { useAllPages } from "../ui/useAllPages";
import { useDocumentTitle } from "../ui/useDocumentTitle";
import { useScrollToHash } from "../ui/useScrollToHash";

type Actor = NonNullable<ActorProfileQuery["actor"]>;

/** The actor of the first page, with the events of every page. */
function withAllEvents(pages: readonly ActorProfileQuery[]): Actor | null {
  const actor = pages[0]?.actor;
  if (!actor) return null;
  const edges = pages.flatMap((page) => page.actor?.events.edges ?? []);
  return { ...actor, events: { ...actor.events, edges } };
}

export function ActorView() {
  const { slug = "" } = useParams();
  const queries = useQueryOptions();
  // Every page of the actor's events: NATO and Russia take part in more than a page holds.
  const pages = useAllPages(queries.infinite.actorProfile({ slug, first: 100 }));
  const query: QueryLike<{ actor: Actor | null }> = {
    isError: pages.isError,
    error: pages.error,
    data: pages.complete ? { actor: withAllEvents(pages.data!.pages) } : undefined,
    refetch: () => pages.refetch(),
  };
  useDocumentTitle(query.data?.actor?.name ?? "Actor");
  useScrollToHash(query.data !== undefined);

  return (
    <QueryState
      query={query}
      what="the actor"
      isEmpty={(data) => data.actor === null}
      empty={
        <>
          <h1>No such actor</h1>
          <p>
            There is no actor <code>{slug}</code>. <Link to="/actors">All actors</Link>
          </p>
        </>
      }
    >
      {({ actor }) =>
        actor && (
          <article>
            <p className="breadcrumb">
              <Link to="/actors">← All actors</Link>
            </p>
            <h1>{actor.name}</h1>
            <p className="lede">{actor.description}</p>
            <dl className="facts">
              <dt>Kind</dt>
              <dd>{humanize(actor.kind)}</dd>
              {actor.aliases.length > 0 && (
                <>
                  <dt>Also called</dt>
                  <dd>{actor.aliases.join(", ")}</dd>
                </>
              )}
              {actor.wikidataId && (
                <>
                  <dt>Wikidata</dt>
                  <dd>
                    <a href={`https://www.wikidata.org/wiki/${actor.wikidataId}`}>
                      {actor.wikidataId}
                    </a>
                  </dd>
                </>
              )}
            </dl>
            {actor.positions.length > 0 && (
              <section aria-labelledby="positions">
                <h2 id="positions">Positions the article attributes</h2>
                <ul>
                  {actor.positions.map((position) => (
                    <li key={position.slug} id={`position-${position.slug}`}>
                      {position.statement}
                      {position.verification.status !== "CONSISTENT" && (
                        <span className="muted">
                          {" "}
                          ({humanize(position.verification.status).toLowerCase()}
                          {position.verification.note && `: ${position.verification.note}`})
                        </span>
                      )}
                    </li>
                  ))}
                </ul>
              </section>
            )}
            <section aria-labelledby="actor-events">
              <h2 id="actor-events">
                Events ({actor.events.totalCount}){" "}
                {actor.events.totalCount > 0 && (
                  <Link className="small" to={timelineLink({ actors: [actor.slug] })}>
                    show on the timeline
                  </Link>
                )}
              </h2>
              {actor.events.totalCount === 0 ? (
                <p>No event of the dataset names {actor.name}.</p>
              ) : (
                <EventList events={actor.events.edges.map((edge) => edge.node)} />
              )}
            </section>
          </article>
        )
      }
    </QueryState>
  );
}
