// The places documents state an event: each passage once, with every quote drawn from it
// marked, where it stands in its document, and the works the document cites there.
import type { EventPageQuery } from "@nato-russia/client";
import { Link } from "react-router";
import { FormattedCitation } from "../citations/FormattedCitation";
import { TIER_LABEL } from "../labels";
import { markQuotes, quotesNotIn } from "./markQuotes";

type Source = NonNullable<EventPageQuery["event"]>["sources"][number];

export interface PassageSources {
  passage: Source["passage"];
  quotes: string[];
  references: Source["references"];
}

/**
 * Sources grouped by passage: documents in the order the sources first name them, passages in
 * their document's order; each work cited once per passage.
 */
export function groupByPassage(sources: readonly Source[]): PassageSources[] {
  const groups = new Map<string, PassageSources>();
  const documents = [...new Set(sources.map((source) => source.passage.document.slug))];
  const rank = (group: PassageSources) => documents.indexOf(group.passage.document.slug);
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
  return [...groups.values()].sort(
    (a, b) => rank(a) - rank(b) || a.passage.order - b.passage.order,
  );
}

/** Where a passage stands: the article's paragraph, or a record document's title and place. */
function PassagePlace({ passage }: { passage: Source["passage"] }) {
  const { document } = passage;
  if (document.role === "PRIMARY")
    return (
      <>
        <Link to={`/article#${passage.slug}`}>Paragraph {passage.order}</Link>
        {passage.section && <> · {passage.section}</>}
      </>
    );
  const title = document.year ? `${document.title} (${document.year})` : document.title;
  return (
    <>
      {document.url ? <a href={document.url}>{title}</a> : title} ·{" "}
      <span className="muted">
        {TIER_LABEL[document.tier]} · {passage.locator}
        {passage.excerpt && " · excerpt"}
      </span>
    </>
  );
}

export function SourcePassage({ group }: { group: PassageSources }) {
  const { passage, quotes, references } = group;
  const missing = quotesNotIn(passage.text, quotes);
  return (
    <figure className="source" data-document={passage.document.slug}>
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
        <PassagePlace passage={passage} />
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
