import { CitationStyle } from "@nato-russia/client";
import { useCallback } from "react";
import { useSearchParams } from "react-router";

/** The styles offered, in the order a reader looks for them; Chicago is the article's own. */
export const CITATION_STYLES: readonly { value: CitationStyle; label: string }[] = [
  { value: CitationStyle.CHICAGO, label: "Chicago" },
  { value: CitationStyle.APA, label: "APA" },
  { value: CitationStyle.HARVARD, label: "Harvard" },
  { value: CitationStyle.MLA, label: "MLA" },
  { value: CitationStyle.VANCOUVER, label: "Vancouver" },
  { value: CitationStyle.BIBTEX, label: "BibTeX" },
];

const STYLES = new Set<string>(Object.values(CitationStyle));

/** The citation style in the URL (?style=APA), Chicago by default, and a setter. */
export function useCitationStyle(): [CitationStyle, (style: CitationStyle) => void] {
  const [params, setParams] = useSearchParams();
  const value = params.get("style")?.toUpperCase() ?? "";
  const style = STYLES.has(value) ? (value as CitationStyle) : CitationStyle.CHICAGO;
  const setStyle = useCallback(
    (next: CitationStyle) =>
      setParams(
        (current) => {
          const params = new URLSearchParams(current);
          if (next === CitationStyle.CHICAGO) params.delete("style");
          else params.set("style", next);
          return params;
        },
        // A style is a way of reading the page, not a place to go back to.
        { replace: true, preventScrollReset: true },
      ),
    [setParams],
  );
  return [style, setStyle];
}
