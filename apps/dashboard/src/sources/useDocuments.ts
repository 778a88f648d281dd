// Every document (the article, then the documents of the record), all pages; fetched only
// when `enabled`.
import { useQueryOptions } from "../ClientContext";
import { useAllPages } from "../ui/useAllPages";

export function useDocuments(enabled = true) {
  const queries = useQueryOptions();
  const query = useAllPages({ ...queries.infinite.documents(), enabled });
  const documents = query.data?.pages.flatMap((page) => page.documents.edges.map((e) => e.node));
  return { query, documents: query.complete ? documents : undefined };
}
