import type { DocumentsQuery } from "@nato-russia/client";
import { TIER_LABEL } from "../labels";

type Document = DocumentsQuery["documents"]["edges"][number]["node"];

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** What a document gives the dataset: its passages and the events they attest. */
export function DocumentStats({ document }: { document: Document | undefined }) {
  if (!document) return null;
  const events = new Set(
    document.passages.flatMap((passage) =>
      passage.quotes.flatMap(({ record }) => (record.__typename === "Event" ? [record.slug] : [])),
    ),
  );
  return (
    <p className="muted small document-stats">
      {document.role === "RECORD" ? "Document of the record" : "Document"} (
      {TIER_LABEL[document.tier]}): {plural(document.passages.length, "passage")} attesting{" "}
      {plural(events.size, "event")}
    </p>
  );
}
