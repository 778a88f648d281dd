// Seeds data/passages.json from the article: one record per paragraph with its in-text
// citations resolved. Run once per new source text; the committed file is the record of truth.
import { readFileSync, writeFileSync } from "node:fs";
import type { Reference } from "../src/schema/index.js";
import { stripLinkArtefacts } from "../src/text/fold.js";
import { resolveCitation } from "../src/text/resolveCitation.js";
import { findCitations } from "./article/findCitations.js";
import { articleParagraphs } from "./article/paragraphs.js";

const article = readFileSync(new URL("../source/manolache-2023.txt", import.meta.url), "utf8");
const references = JSON.parse(
  readFileSync(new URL("../data/references.json", import.meta.url), "utf8"),
) as Reference[];

const counters = new Map<string, number>();
const paragraphs = articleParagraphs(article);
const passages = paragraphs.map((p, i) => {
  const n = (counters.get(p.slugPrefix) ?? 0) + 1;
  counters.set(p.slugPrefix, n);
  const single = paragraphs.filter((q) => q.slugPrefix === p.slugPrefix).length === 1;
  const citations = findCitations(p.text).map((text) => {
    const ref = resolveCitation(text, references);
    if (!ref) throw new Error(`citation "${text}" resolves to no reference`);
    return { text, reference: ref.slug };
  });
  return {
    slug: single ? p.slugPrefix : `${p.slugPrefix}-${String(n).padStart(2, "0")}`,
    order: i + 1,
    ...(p.section ? { section: p.section } : {}),
    text: stripLinkArtefacts(p.text),
    citations,
  };
});
writeFileSync(
  new URL("../data/passages.json", import.meta.url),
  `${JSON.stringify(passages, null, 2)}\n`,
);
console.log(`wrote ${passages.length} passages`);
