// The CSL styles bundled as text (the Workers build loads .csl files as strings): a worker has
// no file system. Stands in for src/citationStyles.ts in the worker bundle.
import chicago from "../../styles/chicago-author-date.csl";
import mla from "../../styles/modern-language-association.csl";

const STYLES: Record<string, string> = {
  "chicago-author-date.csl": chicago,
  "modern-language-association.csl": mla,
};

/** The text of a bundled style file. */
export function readStyle(file: string): Promise<string> {
  const style = STYLES[file];
  return style === undefined
    ? Promise.reject(new Error(`citation style ${file} is not bundled`))
    : Promise.resolve(style);
}
