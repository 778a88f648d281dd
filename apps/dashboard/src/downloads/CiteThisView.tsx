// "Cite this view": the dataset's version, the view's filters and address, and the day it was
// read, formatted by the API in the chosen style, with a button that copies it.
import { useQuery } from "@tanstack/react-query";
import { useId, useState } from "react";
import { useLocation } from "react-router";
import { CitationStylePicker } from "../citations/CitationStylePicker";
import { useCitationStyle } from "../citations/useCitationStyle";
import { useQueryOptions } from "../ClientContext";
import { toEventFilter, type Filters } from "../filters/urlFilters";
import { useSourceFilter } from "../sources/useSourceFilter";
import { QueryState } from "../ui/QueryState";
import "./downloads.css";

/** Today in the reader's own calendar, as YYYY-MM-DD. */
function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The view's address without the citation style, which is how it is cited, not what. */
function viewUrl(pathname: string, search: string): string {
  const params = new URLSearchParams(search);
  params.delete("style");
  const query = params.toString();
  return `${window.location.origin}${pathname}${query ? `?${query}` : ""}`;
}

export function CiteThisView({ filters }: { filters: Filters }) {
  const queries = useQueryOptions();
  const { pathname, search } = useLocation();
  const [style, setStyle] = useCitationStyle();
  const [copied, setCopied] = useState<string | null>(null);
  const textId = useId();
  const variables = {
    style,
    filter: { ...toEventFilter(filters), documentRoles: useSourceFilter().documentRoles },
    url: viewUrl(pathname, search),
    accessed: today(),
  };
  const query = useQuery(queries.viewCitation(variables));
  const copy = (text: string) => {
    navigator.clipboard.writeText(text).then(
      () => setCopied("Copied to the clipboard."),
      () => setCopied("The browser refused the clipboard: select the text and copy it."),
    );
  };
  return (
    <section aria-labelledby="cite-heading">
      <h2 id="cite-heading">Cite this view</h2>
      <CitationStylePicker style={style} onChange={setStyle} />
      <QueryState query={query} what="the citation">
        {(data) => (
          <>
            <p className="view-citation" id={textId}>
              {data.dataset.citation}
            </p>
            <button
              type="button"
              aria-describedby={textId}
              onClick={() => copy(data.dataset.citation)}
            >
              Copy this view’s citation
            </button>{" "}
            <span aria-live="polite" className="muted">
              {copied}
            </span>
          </>
        )}
      </QueryState>
    </section>
  );
}
