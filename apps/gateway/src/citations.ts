import type * as CitationJs from "@citation-js/core";
import type { Reference } from "@nato-russia/data";
import { readStyle } from "./citationStyles.js";

export type CitationStyle = "APA" | "CHICAGO" | "HARVARD" | "MLA" | "VANCOUVER" | "BIBTEX";

/**
 * The CSL template behind each style. plugin-csl ships apa, vancouver and harvard1; Chicago
 * author-date and MLA are the CSL project's official styles, kept in ../styles/ with their
 * licence (CC BY-SA 3.0).
 */
const CSL_TEMPLATES: Record<
  Exclude<CitationStyle, "BIBTEX">,
  { template: string; file?: string }
> = {
  APA: { template: "apa" },
  CHICAGO: { template: "chicago-author-date", file: "chicago-author-date.csl" },
  HARVARD: { template: "harvard1" },
  MLA: { template: "modern-language-association", file: "modern-language-association.csl" },
  VANCOUVER: { template: "vancouver" },
};

const registering = new Map<string, Promise<void>>();

// citation-js and its plugins take a good part of a second to load: only the first citation
// asked for (or warmCitations) pays for it, not every start of the process.
let citationJs: Promise<typeof CitationJs> | undefined;
function loadCitationJs() {
  citationJs ??= import("@citation-js/plugin-bibtex")
    .then(() => import("@citation-js/plugin-csl"))
    .then(() => import("@citation-js/core"));
  return citationJs;
}

// Parsing a style is costly (Chicago's is 170 kB), so each is registered on first use only.
function ensureTemplate(template: string, file: string): Promise<void> {
  let done = registering.get(template);
  if (!done) {
    done = Promise.all([loadCitationJs(), readStyle(file)]).then(([{ plugins }, style]) => {
      plugins.config.get("@csl").templates.add(template, style);
    });
    registering.set(template, done);
  }
  return done;
}

async function render(reference: Reference, style: CitationStyle): Promise<string> {
  const { Cite } = await loadCitationJs();
  const cite = new Cite(reference.csl);
  if (style === "BIBTEX") return cite.format("bibtex").trim();
  const { template, file } = CSL_TEMPLATES[style];
  if (file) await ensureTemplate(template, file);
  const entry = cite.format("bibliography", { format: "text", template, lang: "en-US" }).trim();
  // Vancouver numbers the entries of a list; a single formatted reference stands alone.
  return style === "VANCOUVER" ? entry.replace(/^1\.\s+/, "") : entry;
}

// References are immutable, so each (reference, style) is formatted once.
const memo = new WeakMap<Reference, Map<CitationStyle, Promise<string>>>();

/** The reference formatted in a citation style, as plain text (BibTeX: one entry). */
export function formatCitation(reference: Reference, style: CitationStyle): Promise<string> {
  let byStyle = memo.get(reference);
  if (!byStyle) memo.set(reference, (byStyle = new Map()));
  let text = byStyle.get(style);
  if (text === undefined) byStyle.set(style, (text = render(reference, style)));
  return text;
}

/** Registers every style and builds its engine, so that no request pays for the first use. */
export async function warmCitations(reference: Reference): Promise<void> {
  const styles = [...Object.keys(CSL_TEMPLATES), "BIBTEX"] as CitationStyle[];
  await Promise.all(styles.map((style) => formatCitation(reference, style)));
}
