// The article, its reference list, the sources read to verify it and the documents of the record,
// in a chosen citation style; each document with how many passages it gives and events it attests.
import { keepPreviousData } from "@tanstack/react-query";
import { CitationStylePicker } from "../citations/CitationStylePicker";
import { FormattedCitation } from "../citations/FormattedCitation";
import { useCitationStyle } from "../citations/useCitationStyle";
import { useQueryOptions } from "../ClientContext";
import { ReferenceDownloads } from "../downloads/ReferenceDownloads";
import { DocumentStats } from "../sources/DocumentStats";
import { useDocuments } from "../sources/useDocuments";
import { useAllPages } from "../ui/useAllPages";
import { ErrorNotice } from "../ui/ErrorNotice";
import { Loading } from "../ui/Loading";
import { useDocumentTitle } from "../ui/useDocumentTitle";
import { useScrollToHash } from "../ui/useScrollToHash";

const ROLE_HEADING = {
  PRIMARY: "The article",
  CITED: "Works the article cites",
  VERIFICATION: "Sources read to verify the article",
  RECORD: "Documents of the record",
} as const;

export function ReferencesView() {
  useDocumentTitle("References");
  const queries = useQueryOptions();
  const [style, setStyle] = useCitationStyle();
  // Every page: in-text citations link to any reference by its anchor.
  const query = useAllPages({
    ...queries.infinite.references({ style, first: 100 }),
    // Another style re-formats the list in place instead of blanking it.
    placeholderData: keepPreviousData,
  });
  const references = query.data?.pages.flatMap((page) => page.references.edges) ?? [];
  const { documents } = useDocuments();
  useScrollToHash(query.complete);

  return (
    <>
      <h1>References</h1>
      <p className="lede">Every work in the dataset, formatted by the API in the style you pick.</p>
      <ReferenceDownloads />
      <CitationStylePicker style={style} onChange={setStyle} />
      {query.isError ? (
        <ErrorNotice error={query.error} onRetry={() => void query.refetch()} />
      ) : !query.complete ? (
        <Loading what="references" />
      ) : references.length === 0 ? (
        <div className="notice">No references.</div>
      ) : (
        <div aria-live="polite" aria-busy={query.isFetching}>
          {(["PRIMARY", "CITED", "VERIFICATION", "RECORD"] as const).map((role) => {
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
                      <DocumentStats
                        document={documents?.find((document) => document.slug === node.slug)}
                      />
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
        </div>
      )}
    </>
  );
}
