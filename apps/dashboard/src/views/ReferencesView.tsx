// The article, its reference list and the sources read to verify it, in a chosen citation style.
import { keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import { CitationStylePicker } from "../citations/CitationStylePicker";
import { FormattedCitation } from "../citations/FormattedCitation";
import { useCitationStyle } from "../citations/useCitationStyle";
import { useQueryOptions } from "../ClientContext";
import { ReferenceDownloads } from "../downloads/ReferenceDownloads";
import { ErrorNotice } from "../ui/ErrorNotice";
import { Loading } from "../ui/Loading";
import { useDocumentTitle } from "../ui/useDocumentTitle";
import { useScrollToHash } from "../ui/useScrollToHash";

const ROLE_HEADING = {
  PRIMARY: "The article",
  CITED: "Works the article cites",
  VERIFICATION: "Sources read to verify the article",
} as const;

export function ReferencesView() {
  useDocumentTitle("References");
  const queries = useQueryOptions();
  const [style, setStyle] = useCitationStyle();
  const query = useInfiniteQuery({
    ...queries.infinite.references({ style, first: 100 }),
    // Another style re-formats the list in place instead of blanking it.
    placeholderData: keepPreviousData,
  });
  const references = query.data?.pages.flatMap((page) => page.references.edges) ?? [];
  useScrollToHash(query.data !== undefined);

  return (
    <>
      <h1>References</h1>
      <p className="lede">Every work in the dataset, formatted by the API in the style you pick.</p>
      <ReferenceDownloads />
      <CitationStylePicker style={style} onChange={setStyle} />
      {query.isError ? (
        <ErrorNotice error={query.error} onRetry={() => void query.refetch()} />
      ) : !query.data ? (
        <Loading what="references" />
      ) : references.length === 0 ? (
        <div className="notice">No references.</div>
      ) : (
        <div aria-live="polite" aria-busy={query.isFetching}>
          {(["PRIMARY", "CITED", "VERIFICATION"] as const).map((role) => {
            const group = references.filter((edge) => edge.node.role === role);
            if (group.length === 0) return null;
            return (
              <section key={role} aria-labelledby={`role-${role}`}>
                <h2 id={`role-${role}`}>
                  {ROLE_HEADING[role]} ({group.length})
                </h2>
                <ol className="references">
                  {group.map(({ node }) => (
                    <li key={node.slug} id={`ref-${node.slug}`}>
                      <FormattedCitation reference={node} />
                      {node.citedIn.length > 0 && (
                        <p className="muted small">
                          Cited in paragraph
                          {node.citedIn.length > 1 ? "s" : ""}{" "}
                          {node.citedIn.map((passage) => passage.order).join(", ")}
                        </p>
                      )}
                    </li>
                  ))}
                </ol>
              </section>
            );
          })}
          {query.hasNextPage && (
            <button type="button" onClick={() => void query.fetchNextPage()}>
              More references
            </button>
          )}
        </div>
      )}
    </>
  );
}
