// The source switch's choice from the URL, as `EventFilter.documentRoles`: the article's
// documents are PRIMARY, the record's RECORD; both needs no filter.
import {
  DEFAULT_SOURCE,
  SOURCE_CHOICES,
  SOURCE_PARAM,
  rolesFor,
  type Source,
} from "./sourceChoice";
import { useParamChoice } from "../ui/useParamChoice";
import type { ReferenceRole } from "@nato-russia/client";

export function useSourceFilter(): {
  source: Source;
  /** The filter's `documentRoles` (undefined for both). */
  documentRoles: ReferenceRole[] | undefined;
} {
  const [source] = useParamChoice(SOURCE_PARAM, SOURCE_CHOICES, DEFAULT_SOURCE);
  return { source, documentRoles: rolesFor(source) };
}
