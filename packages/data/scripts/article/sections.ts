/** Headings of the article, in order, as printed; the introduction has none. */
export const ARTICLE_SECTIONS = [
  { heading: "Abstract", slugPrefix: "abstract" },
  { heading: "Keywords:", slugPrefix: "keywords" },
  { heading: null, slugPrefix: "intro" },
  {
    heading: "Presentation of the evolution of relations between NATO and Russia",
    slugPrefix: "evolution",
  },
  { heading: "Conclusions", slugPrefix: "conclusions" },
] as const;

/** The heading that ends the body: what follows is the reference list. */
export const REFERENCES_HEADING = "References";
