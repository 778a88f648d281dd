// Search across everything: events, actors, passages of the article, references, periods,
// themes and positions, ranked by the API; each hit leads to where it is shown.
import type { SearchQuery } from "@nato-russia/client";
import { useQuery } from "@tanstack/react-query";
import { Fragment, useId, useState, type FormEvent } from "react";
import { Link, useSearchParams } from "react-router";
import { useQueryOptions } from "../ClientContext";
import { timelineLink } from "../filters/urlFilters";
import { highlightWords } from "../ui/highlightWords";
import { QueryState } from "../ui/QueryState";
import { useDocumentTitle } from "../ui/useDocumentTitle";

type Hit = SearchQuery["search"]["edges"][number]["node"];

const TYPE_LABEL: Record<Hit["__typename"], string> = {
  Event: "Event",
  Actor: "Actor",
  Passage: "Passage of the article",
  Reference: "Reference",
  Period: "Period",
  Theme: "Theme",
  Position: "Position",
};

/** The words of the search marked in a result's text. */
function Marked({ text, words }: { text: string; words: string }) {
  return (
    <>
      {highlightWords(text, words).map((run, index) =>
        run.hit ? <mark key={index}>{run.text}</mark> : <Fragment key={index}>{run.text}</Fragment>,
      )}
    </>
  );
}

function HitBody({ hit, words }: { hit: Hit; words: string }) {
  switch (hit.__typename) {
    case "Event":
      return (
        <>
          <Link to={`/events/${hit.slug}`}>
            <Marked text={hit.title} words={words} />
          </Link>{" "}
          <span className="muted">{hit.date.label}</span>
        </>
      );
    case "Actor":
      return (
        <Link to={`/actors/${hit.slug}`}>
          <Marked text={hit.name} words={words} />
        </Link>
      );
    case "Reference":
      return (
        <>
          <Link to={`/references#ref-${hit.slug}`}>
            <Marked text={hit.title} words={words} />
          </Link>
          {hit.year && <span className="muted"> ({hit.year})</span>}
        </>
      );
    case "Passage":
      return (
        <>
          <Link to={`/article#${hit.slug}`}>
            Paragraph {hit.order}
            {hit.section && ` · ${hit.section}`}
          </Link>
          <q className="excerpt">
            <Marked text={hit.text} words={words} />
          </q>
        </>
      );
    case "Period":
      return (
        <Link to={timelineLink({ periods: [hit.slug] })}>
          <Marked text={hit.name} words={words} />
        </Link>
      );
    case "Theme":
      return (
        <Link to={timelineLink({ themes: [hit.slug] })}>
          <Marked text={hit.name} words={words} />
        </Link>
      );
    case "Position":
      return (
        <Link to={`/actors/${hit.holder.slug}#position-${hit.slug}`}>
          {hit.holder.name}: <Marked text={hit.statement} words={words} />
        </Link>
      );
  }
}

function SearchForm({ initial, onSearch }: { initial: string; onSearch: (text: string) => void }) {
  const [draft, setDraft] = useState(initial);
  const inputId = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSearch(draft.trim());
  };
  return (
    <form className="inline-form" role="search" onSubmit={submit} aria-label="Everything">
      <label htmlFor={inputId}>Search everything</label>
      <input
        id={inputId}
        type="search"
        name="q"
        value={draft}
        onChange={(event) => setDraft(event.target.value)}
        placeholder="Vilnius, Crimea, Ionașcu…"
      />
      <button type="submit">Search</button>
    </form>
  );
}

export function SearchView() {
  const queries = useQueryOptions();
  const [params, setParams] = useSearchParams();
  const text = params.get("q")?.trim() ?? "";
  useDocumentTitle(text ? `Search: ${text}` : "Search");
  const query = useQuery({
    ...queries.search({ query: text, first: 50 }),
    enabled: text !== "",
  });
  return (
    <>
      <h1>Search</h1>
      {/* A new URL (Back, a link) shows its own words in the box. */}
      <SearchForm
        key={text}
        initial={text}
        onSearch={(next) => setParams(next ? { q: next } : {})}
      />
      {text === "" ? (
        <p className="muted">
          Words in any language of the article; case and accents do not matter.
        </p>
      ) : (
        <QueryState
          query={query}
          what="results"
          isEmpty={(data) => data.search.totalCount === 0}
          empty={
            <p>
              Nothing matches <strong>{text}</strong>. Every word must match: try fewer words.
            </p>
          }
        >
          {(data) => (
            <>
              <p aria-live="polite" className="result-count">
                {data.search.totalCount} {data.search.totalCount === 1 ? "result" : "results"} for{" "}
                <strong>{text}</strong>
              </p>
              <ol className="search-results">
                {data.search.edges.map(({ node, cursor }) => (
                  <li key={cursor}>
                    <span className="tag">{TYPE_LABEL[node.__typename]}</span>{" "}
                    <HitBody hit={node} words={text} />
                  </li>
                ))}
              </ol>
            </>
          )}
        </QueryState>
      )}
    </>
  );
}
