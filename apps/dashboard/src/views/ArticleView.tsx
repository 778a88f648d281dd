// The article and the data as one: every paragraph in order under its section heading, the
// words each record quotes marked and linked to that record, the citations to the works.
import type { ArticleQuery } from "@nato-russia/client";
import { useQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import { AnnotatedParagraph } from "../article/AnnotatedParagraph";
import "../article/article.css";
import { FormattedCitation } from "../citations/FormattedCitation";
import { useQueryOptions } from "../ClientContext";
import { QueryState } from "../ui/QueryState";
import { useDocumentTitle } from "../ui/useDocumentTitle";
import { useScrollToHash } from "../ui/useScrollToHash";

type Passages = ArticleQuery["passages"]["nodes"];

/** Consecutive paragraphs under the same heading; paragraphs with none stand alone. */
function bySection(passages: Passages): { section: string | null; passages: Passages }[] {
  const groups: { section: string | null; passages: Passages }[] = [];
  for (const passage of passages) {
    const last = groups.at(-1);
    if (last && last.section === (passage.section ?? null)) last.passages.push(passage);
    else groups.push({ section: passage.section ?? null, passages: [passage] });
  }
  return groups;
}

export function ArticleView() {
  useDocumentTitle("The article");
  const queries = useQueryOptions();
  const article = useQuery(queries.article());
  const info = useQuery(queries.dataset({ style: "CHICAGO" }));
  const source = info.data?.dataset.source;
  useScrollToHash(article.data !== undefined);

  return (
    <>
      <h1>The article</h1>
      <p className="lede">
        {source ? <cite>{source.title}</cite> : "The source article"}, paragraph by paragraph. Every
        marked passage is quoted by a record of the dataset: follow it to the event, position or
        period it supports. The citations in the text lead to the works in the{" "}
        <Link to="/references">references</Link>.
      </p>
      {source && (
        <div className="article-citation">
          <FormattedCitation reference={source} />
        </div>
      )}
      <QueryState
        query={article}
        what="the article"
        isEmpty={(data) => data.passages.totalCount === 0}
        empty={<p>The dataset holds no paragraphs of the article.</p>}
      >
        {(data) => (
          <div className="article-text">
            {bySection(data.passages.nodes).map((group) => (
              <section
                key={group.passages[0]!.slug}
                aria-labelledby={group.section ? `section-${group.passages[0]!.slug}` : undefined}
              >
                {group.section && (
                  <h2 id={`section-${group.passages[0]!.slug}`}>{group.section}</h2>
                )}
                {group.passages.map((passage) => (
                  <AnnotatedParagraph key={passage.slug} passage={passage} />
                ))}
              </section>
            ))}
            {data.passages.pageInfo.hasNextPage && (
              <p className="notice">
                Showing the first {data.passages.nodes.length} of {data.passages.totalCount}{" "}
                paragraphs.
              </p>
            )}
          </div>
        )}
      </QueryState>
    </>
  );
}
