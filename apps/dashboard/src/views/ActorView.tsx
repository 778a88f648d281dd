// One actor: who it is, the stances the article attributes to it, and its events.
import { useQuery } from "@tanstack/react-query";
import { Link, useParams } from "react-router";
import { useQueryOptions } from "../ClientContext";
import { EventList } from "../events/EventList";
import { timelineLink } from "../filters/urlFilters";
import { humanize } from "../labels";
import { QueryState } from "../ui/QueryState";
import { useDocumentTitle } from "../ui/useDocumentTitle";
import { useScrollToHash } from "../ui/useScrollToHash";

export function ActorView() {
  const { slug = "" } = useParams();
  const queries = useQueryOptions();
  const query = useQuery(queries.actorProfile({ slug, first: 100 }));
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
                <p>The article names no event with {actor.name}.</p>
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
