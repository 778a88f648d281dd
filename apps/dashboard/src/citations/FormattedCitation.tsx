import type { ReferenceCitationFragment } from "@nato-russia/client";
import { LinkedText } from "../ui/LinkedText";

/** A reference as the API formats it: BibTeX keeps its layout, other styles read as text. */
export function FormattedCitation({ reference }: { reference: ReferenceCitationFragment }) {
  if (reference.citation.trimStart().startsWith("@"))
    return (
      <pre className="bibtex">
        <LinkedText text={reference.citation.trim()} />
      </pre>
    );
  return (
    <p className="citation">
      <LinkedText text={reference.citation} />
      {reference.url && !reference.citation.includes(reference.url) && (
        <>
          {" "}
          <a href={reference.url}>{reference.url}</a>
        </>
      )}
    </p>
  );
}
