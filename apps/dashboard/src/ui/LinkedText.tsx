// Text with every web address in it made a link: citations and verification notes name their
// sources by URL, and a reader should be able to follow each one.
import { Fragment } from "react";

// Up to the first space; a closing punctuation mark that ends the sentence is not part of it.
const URL_PATTERN = /https?:\/\/[^\s<>"]+[^\s<>".,;:!?)\]]/g;

/** The text cut into plain runs and addresses. */
export function splitUrls(text: string): { text: string; url: boolean }[] {
  const runs: { text: string; url: boolean }[] = [];
  let at = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    if (match.index > at) runs.push({ text: text.slice(at, match.index), url: false });
    runs.push({ text: match[0], url: true });
    at = match.index + match[0].length;
  }
  if (at < text.length) runs.push({ text: text.slice(at), url: false });
  return runs;
}

export function LinkedText({ text }: { text: string }) {
  return (
    <>
      {splitUrls(text).map((run, index) =>
        run.url ? (
          <a key={index} href={run.text} className="source-url">
            {run.text}
          </a>
        ) : (
          <Fragment key={index}>{run.text}</Fragment>
        ),
      )}
    </>
  );
}
