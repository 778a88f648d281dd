import { ARTICLE_SECTIONS, REFERENCES_HEADING } from "./sections.js";

export interface ArticleParagraph {
  section: string | null;
  slugPrefix: string;
  text: string;
}

/** A block that ends mid-sentence and a next one that starts in lower case were split by a page break. */
function continuesOnNextPage(block: string, next: string | undefined): boolean {
  return next !== undefined && !/[.!?:)"”]$/.test(block) && /^[a-z]/.test(next);
}

/**
 * Splits the article into its body paragraphs: from the Abstract to the reference list,
 * headings removed, paragraphs that a page break split joined again.
 */
export function articleParagraphs(article: string): ArticleParagraph[] {
  const start = article.indexOf(`\n${ARTICLE_SECTIONS[0].heading}\n`);
  const end = article.indexOf(`\n${REFERENCES_HEADING}\n`);
  if (start < 0 || end < 0) throw new Error("article text has no Abstract or References heading");
  const blocks = article
    .slice(start, end)
    .split(/\n\s*\n/)
    .map((b) => b.trim())
    .filter(Boolean);

  const paragraphs: ArticleParagraph[] = [];
  let sectionIndex = -1;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    const headingIndex = ARTICLE_SECTIONS.findIndex((s) => s.heading === block);
    if (headingIndex >= 0) {
      sectionIndex = headingIndex;
      continue;
    }
    // The untitled introduction starts after the keywords.
    if (
      ARTICLE_SECTIONS[sectionIndex]?.slugPrefix === "keywords" &&
      paragraphs.at(-1)?.slugPrefix === "keywords"
    ) {
      sectionIndex++;
    }
    const section = ARTICLE_SECTIONS[sectionIndex]!;
    let text = block;
    while (continuesOnNextPage(text, blocks[i + 1])) text = `${text} ${blocks[++i]!}`;
    paragraphs.push({
      section: section.heading?.replace(/:$/, "") ?? null,
      slugPrefix: section.slugPrefix,
      text,
    });
  }
  return paragraphs;
}
