// The source switch's choice from the URL, as `EventFilter.sources`: undefined until the
// document list it needs has arrived (never for "both", which needs none).
import {
  DEFAULT_SOURCE,
  SOURCE_CHOICES,
  SOURCE_PARAM,
  sourcesFor,
  type Source,
} from "./sourceChoice";
import { useDocuments } from "./useDocuments";
import { useParamChoice } from "../ui/useParamChoice";

export function useSourceFilter(): {
  source: Source;
  /** Ready to query: the filter's `sources` (undefined for both). */
  ready: boolean;
  sources: string[] | undefined;
  error: Error | null;
} {
  const [source] = useParamChoice(SOURCE_PARAM, SOURCE_CHOICES, DEFAULT_SOURCE);
  const { query, documents } = useDocuments(source !== "both");
  if (source === "both") return { source, ready: true, sources: undefined, error: null };
  return {
    source,
    ready: documents !== undefined,
    sources: documents && sourcesFor(source, documents),
    error: query.error,
  };
}
