import { useState } from "react";

type CopyState = "idle" | "copied" | "failed";

/** How to cite the dataset, as the API formats it, with a button that copies it. */
export function DatasetCitation({ citation }: { citation: string }) {
  const [state, setState] = useState<CopyState>("idle");
  const copy = () =>
    navigator.clipboard.writeText(citation).then(
      () => setState("copied"),
      () => setState("failed"),
    );
  return (
    <figure className="dataset-citation">
      <figcaption>Cite this dataset</figcaption>
      <blockquote>{citation}</blockquote>
      <button type="button" onClick={() => void copy()}>
        Copy the dataset’s citation
      </button>{" "}
      <span role="status">
        {state === "copied"
          ? "Copied."
          : state === "failed"
            ? "Could not copy: select the text instead."
            : ""}
      </span>
    </figure>
  );
}
