// The article the dataset is drawn from, as the descriptors and the JSON-LD name it.
import type { DatasetRecords } from "../../src/entities.js";
import type { Reference } from "../../src/schema/index.js";

export function articleOf(records: DatasetRecords): Reference {
  const article = records.references.find((r) => r.role === "PRIMARY");
  if (!article) throw new Error("references: no PRIMARY reference (the article)");
  return article;
}

/** "Family, Given. Year. "Title". Container." — a plain one-line citation of the article. */
export function articleCitation(article: Reference): string {
  const c = article.csl;
  const authors = (c.author ?? []).map(
    (n) => n.literal ?? [n.family, n.given].filter(Boolean).join(", "),
  );
  const year = c.issued?.["date-parts"][0]?.[0];
  return `${authors.join("; ")}. ${year ?? "n.d."}. "${c.title}". ${c["container-title"] ?? c.publisher ?? ""}.`.replace(
    /\.\./g,
    ".",
  );
}
