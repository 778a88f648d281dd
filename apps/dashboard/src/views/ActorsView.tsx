// Every actor the article names, by kind or by words in its name, aliases or description.
import { ActorKind } from "@nato-russia/client";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useId, type FormEvent } from "react";
import { Link, useSearchParams } from "react-router";
import { useQueryOptions } from "../ClientContext";
import { humanize } from "../labels";
import { QueryState } from "../ui/QueryState";
import { useDocumentTitle } from "../ui/useDocumentTitle";

export function ActorsView() {
  useDocumentTitle("Actors");
  const queries = useQueryOptions();
  const [params, setParams] = useSearchParams();
  const kind = params.get("kind") ?? "";
  const text = params.get("q") ?? "";
  const kindId = useId();
  const textId = useId();

  const variables = { kinds: kind ? [kind as ActorKind] : undefined, text: text || undefined };
  const query = useQuery({ ...queries.actors(variables), placeholderData: keepPreviousData });

  const update = (key: string, value: string) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      if (value) next.set(key, value);
      else next.delete(key);
      return next;
    });
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    update("q", String(new FormData(event.currentTarget).get("q") ?? "").trim());
  };

  return (
    <>
      <h1>Actors</h1>
      <p className="lede">The states, alliances, organisations and people the article names.</p>
      <form className="inline-form" onSubmit={submit} role="search" aria-label="Actors">
        <label htmlFor={kindId}>Kind</label>
        <select id={kindId} value={kind} onChange={(event) => update("kind", event.target.value)}>
          <option value="">Any kind</option>
          {Object.values(ActorKind).map((value) => (
            <option key={value} value={value}>
              {humanize(value)}
            </option>
          ))}
        </select>
        <label htmlFor={textId}>Name or description</label>
        {/* Keyed by the URL, so Back shows the words that were searched. */}
        <input key={text} id={textId} type="search" name="q" defaultValue={text} />
        <button type="submit">Find</button>
      </form>
      <QueryState
        query={query}
        what="actors"
        isEmpty={(data) => data.actors.totalCount === 0}
        empty={<p>No actor matches.</p>}
      >
        {(data) => (
          <>
            <p aria-live="polite" className="result-count">
              {data.actors.totalCount} {data.actors.totalCount === 1 ? "actor" : "actors"}
            </p>
            <ul className="card-list">
              {data.actors.edges.map(({ node }) => (
                <li key={node.slug}>
                  <Link to={`/actors/${node.slug}`}>{node.name}</Link>
                  <span className="muted"> · {humanize(node.kind)}</span>
                  {node.aliases.length > 0 && (
                    <span className="aliases">Also: {node.aliases.join(", ")}</span>
                  )}
                </li>
              ))}
            </ul>
          </>
        )}
      </QueryState>
    </>
  );
}
