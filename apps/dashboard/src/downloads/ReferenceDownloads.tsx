// Every reference for a citation manager: BibTeX entries and CSL-JSON items, both as the API
// gives them (`citation(style: BIBTEX)` and `csl`), never formatted here.
import { useQueryOptions } from "../ClientContext";
import { useAllPages } from "../ui/useAllPages";
import "./downloads.css";
import { saveFile } from "./saveFile";

export function ReferenceDownloads() {
  const query = useAllPages(useQueryOptions().infinite.referenceExport());
  const nodes = query.complete
    ? query.data!.pages.flatMap((page) => page.references.edges.map((edge) => edge.node))
    : undefined;
  return (
    <section aria-labelledby="reference-downloads">
      <h2 id="reference-downloads">Download the references</h2>
      <div className="download-buttons">
        <button
          type="button"
          disabled={!nodes}
          onClick={() =>
            nodes &&
            saveFile(
              "nato-russia-references.bib",
              nodes.map((node) => node.bibtex.trim()).join("\n\n") + "\n",
              "application/x-bibtex",
            )
          }
        >
          References as BibTeX
        </button>
        <button
          type="button"
          disabled={!nodes}
          onClick={() =>
            nodes &&
            saveFile(
              "nato-russia-references.json",
              JSON.stringify(
                nodes.map((node) => node.csl),
                null,
                2,
              ),
              "application/vnd.citationstyles.csl+json",
            )
          }
        >
          References as CSL-JSON
        </button>
      </div>
    </section>
  );
}
