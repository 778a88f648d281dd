import type * as CitationJs from "@citation-js/core";
import type { DatasetCslItem, Reference } from "@nato-russia/data";
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

/** What a view of the dataset adds to the dataset's own CSL item. */
export interface DatasetView {
  /** The events the view shows, in words ("events from 2014 to 2022"). */
  scope?: string;
  /** Where the view can be seen again. */
  url?: string;
  /** YYYY-MM-DD. */
  accessed?: string;
}

/** A CSL-JSON item: a reference's, or the dataset's own (or one view's of it). */
type Csl = Reference["csl"] | DatasetCslItem | ViewCslItem;
type ViewCslItem = Omit<DatasetCslItem, "issued"> & {
  issued?: DatasetCslItem["issued"];
  accessed?: { "date-parts": number[][] };
};

const nextTurn = (): Promise<void> =>
  new Promise((resolve) =>
    typeof setImmediate === "function" ? setImmediate(resolve) : setTimeout(resolve, 0),
  );

/**
 * Citations are formatted one per turn of the event loop: each takes milliseconds, and a page of
 * a hundred asked at once would otherwise run in one turn (every immediate queued before a turn
 * runs in it) and hold every other request back. The queue hands out turns in order.
 */
let lastTurn: Promise<void> = Promise.resolve();
function ownTurn(): Promise<void> {
  const turn = lastTurn.then(nextTurn);
  lastTurn = turn;
  return turn;
}

async function render(csl: Csl, style: CitationStyle): Promise<string> {
  const { Cite } = await loadCitationJs();
  await ownTurn();
  const cite = new Cite(csl);
  if (style === "BIBTEX") return cite.format("bibtex").trim();
  const { template, file } = CSL_TEMPLATES[style];
  if (file) await ensureTemplate(template, file);
  const entry = cite.format("bibliography", { format: "text", template, lang: "en-US" }).trim();
  // Vancouver numbers the entries of a list; a single formatted reference stands alone.
  return style === "VANCOUVER" ? entry.replace(/^1\.\s+/, "") : entry;
}

// CSL items are immutable, so each (item, style) is formatted once.
const memo = new WeakMap<Csl, Map<CitationStyle, Promise<string>>>();

function formatCsl(csl: Csl, style: CitationStyle): Promise<string> {
  let byStyle = memo.get(csl);
  if (!byStyle) memo.set(csl, (byStyle = new Map()));
  let text = byStyle.get(style);
  if (text === undefined) byStyle.set(style, (text = render(csl, style)));
  return text;
}

/** The reference formatted in a citation style, as plain text (BibTeX: one entry). */
export function formatCitation(reference: Reference, style: CitationStyle): Promise<string> {
  return formatCsl(reference.csl, style);
}

/**
 * The dataset's own citation (its CSL-JSON item, with this version) in a citation style; for a
 * view of it, the events it shows, its address and the day it was read are what make a citation
 * of changing data reproducible.
 */
export function formatDatasetCitation(
  csl: DatasetCslItem,
  style: CitationStyle,
  view: DatasetView = {},
): Promise<string> {
  if (!view.scope && !view.url && !view.accessed) return formatCsl(csl, style);
  // A dated release hides the access date in author–date styles; a view is cited as read.
  const { issued, ...undated } = csl;
  const item: ViewCslItem = {
    ...(view.accessed ? undated : { ...undated, issued }),
    ...(view.scope && { title: `${csl.title}: ${view.scope}` }),
    ...(view.url && { URL: view.url }),
    ...(view.accessed && {
      accessed: { "date-parts": [view.accessed.split("-").map(Number)] },
    }),
  };
  return render(item, style);
}

/** Registers every style and builds its engine, so that no request pays for the first use. */
export async function warmCitations(reference: Reference): Promise<void> {
  const styles = [...Object.keys(CSL_TEMPLATES), "BIBTEX"] as CitationStyle[];
  await Promise.all(styles.map((style) => formatCitation(reference, style)));
}
