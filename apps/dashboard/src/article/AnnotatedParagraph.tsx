// One paragraph of the article: the words records quote marked and linked to the record they
// support, the in-text citations linked to the works, and the records it states, listed.
import type { ArticleQuery } from "@nato-russia/client";
import { Fragment } from "react";
import { Link } from "react-router";
import { annotateParagraph } from "./annotateParagraph";
import {
  RECORD_TYPE_LABEL,
  recordHref,
  recordName,
  recordRank,
  type QuotedRecord,
} from "./recordLink";

type Passage = ArticleQuery["passages"]["nodes"][number];

/** Each record once, in the order its first quote starts. */
function recordsOf(passage: Passage): QuotedRecord[] {
  const seen = new Map<string, QuotedRecord>();
  for (const { record } of passage.quotes) {
    const key = `${record.__typename}:${record.slug}`;
    if (!seen.has(key)) seen.set(key, record);
  }
  return [...seen.values()];
}

export function AnnotatedParagraph({ passage }: { passage: Passage }) {
  const segments = annotateParagraph(passage.text, passage.quotes, passage.citations, recordRank);
  const records = recordsOf(passage);
  return (
    <div className="paragraph" id={passage.slug}>
      <p>
        <span className="paragraph-number">
          <span className="visually-hidden">Paragraph </span>
          {passage.order}
        </span>{" "}
        {segments.map((segment, index) => {
          const record = segment.records[0];
          const inner = segment.citation ? (
            <Link
              className="in-text-citation"
              to={`/references#ref-${segment.citation.reference.slug}`}
              title={segment.citation.reference.title}
            >
              {segment.text}
            </Link>
          ) : record && segment.text.trim() ? (
            <Link to={recordHref(record)} className="quote-link">
              {segment.text}
            </Link>
          ) : (
            segment.text
          );
          return record ? (
            <mark key={index} data-record={`${record.__typename}:${record.slug}`}>
              {inner}
            </mark>
          ) : (
            <Fragment key={index}>{inner}</Fragment>
          );
        })}
      </p>
      {records.length > 0 && (
        <details className="paragraph-records">
          <summary>
            {records.length} {records.length === 1 ? "record" : "records"} drawn from paragraph{" "}
            {passage.order}
          </summary>
          <ul>
            {records.map((record) => (
              <li key={`${record.__typename}:${record.slug}`}>
                <span className="tag">{RECORD_TYPE_LABEL[record.__typename]}</span>{" "}
                <Link to={recordHref(record)}>{recordName(record)}</Link>
                {record.__typename === "Event" && (
                  <span className="muted"> · {record.date.label}</span>
                )}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
