// Which documents a view's events come from: the article, the documents of the record, or both.
// Kept in the URL (?source=article|record) so a shared link shows the same events.
import type { ReferenceRole } from "@nato-russia/client";
import type { Choice } from "../ui/useParamChoice";

export type Source = "article" | "record" | "both";

export const SOURCE_CHOICES: readonly Choice<Source>[] = [
  { value: "article", label: "The article" },
  { value: "record", label: "The record" },
  { value: "both", label: "Both" },
];

/** Every event unless the URL says otherwise; left out of the URL. */
export const DEFAULT_SOURCE: Source = "both";

export const SOURCE_PARAM = "source";

/** The role of the documents each choice keeps: the article is PRIMARY, the others RECORD. */
const ROLE: Record<Exclude<Source, "both">, ReferenceRole> = {
  article: "PRIMARY",
  record: "RECORD",
};

/** `EventFilter.documentRoles` for a choice; undefined for both. */
export function rolesFor(source: Source): ReferenceRole[] | undefined {
  return source === "both" ? undefined : [ROLE[source]];
}
