// The places the article states an event: each paragraph once, with every quote drawn from it
// marked, and the works the article cites there.
import type { EventPageQuery } from "@nato-russia/client";
import { Link } from "react-router";
import { FormattedCitation } from "../citations/FormattedCitation";
import { markQuotes, quotesNotIn } from "./markQuotes";

type Source = NonNullable<EventPageQuery["event"]>["sources"][number];

export interface PassageSources {
  passage: Source["passage"];
  quotes: string[];
  references: Source["references"];
}

/** Sources grouped by paragraph, in article order; each work cited once per paragraph. */
export function groupByPassage(sources: readonly Source[]): PassageSources[] {
  const groups = new Map<string, PassageSources>();
  for (const source of sources) {
    const group = groups.get(source.passage.slug) ?? {
      passage: source.passage,
      quotes: [],
      references: [],
    };
    group.quotes.push(source.quote);
    for (const reference of source.references)
      if (!group.references.some((known) => known.slug === reference.slug))
        group.references.push(reference);
    groups.set(source.passage.slug, group);
  }
  return [...groups.values()].sort((a, b) => a.passage.order - b.passage.order);
}

export function SourcePassage({ group }: { group: PassageSources }) {
  const { passage, quotes, references } = group;
  const missing = quotesNotIn(passage.text, quotes);
  return (
    <figure className="source">
      <blockquote>
        {missing.map((quote) => (
          <p key={quote}>
            <mark>{quote}</mark>
          </p>
        ))}
        <p>
          {markQuotes(passage.text, quotes).map((run, index) =>
            run.quoted ? <mark key={index}>{run.text}</mark> : run.text,
          )}
        </p>
      </blockquote>
      <figcaption>
        <Link to={`/article#${passage.slug}`}>Paragraph {passage.order}</Link>
        {passage.section && <> · {passage.section}</>}
      </figcaption>
      {references.length > 0 && (
        <div className="cited-here">
          <h3>Cited here</h3>
          {references.map((reference) => (
            <FormattedCitation key={reference.slug} reference={reference} />
          ))}
        </div>
      )}
    </figure>
  );
}
