import { ENTITIES, ENTITY_NAMES, type DatasetRecords, type EntityName } from "../entities.js";
import { normaliseForQuote } from "../text/fold.js";
import { resolveCitation } from "../text/citations.js";
import type { ValidationIssue } from "./issue.js";

/** Raw file contents per entity, as read from data/*.json. */
export type RawRecords = Record<EntityName, unknown>;

type Check = (issue: Omit<ValidationIssue, "file">) => void;

function pathOf(path: readonly PropertyKey[]): string {
  return path
    .map((p) => (typeof p === "number" ? `[${p}]` : `.${String(p)}`))
    .join("")
    .replace(/^\./, "");
}

function slugOf(record: unknown, index: number): string {
  const slug = (record as { slug?: unknown } | null)?.slug;
  return typeof slug === "string" ? slug : `#${index}`;
}

/**
 * Validates every record: schema (types, dates, precision), unique slugs, references to other
 * records, quotes found verbatim in their passages, passages found verbatim in the article,
 * and canonical formatting. Returns the parsed records and every issue found.
 */
export function validateDataset(
  raw: RawRecords,
  article: string,
): { records: DatasetRecords; issues: ValidationIssue[] } {
  const issues: ValidationIssue[] = [];
  const parsed = {} as Record<EntityName, { slug: string }[]>;

  for (const name of ENTITY_NAMES) {
    const { file, schema } = ENTITIES[name];
    const report: Check = (i) => issues.push({ file, ...i });
    const list = raw[name];
    parsed[name] = [];
    if (!Array.isArray(list)) {
      report({ slug: "-", field: "", message: "file must hold a JSON array of records" });
      continue;
    }
    const seen = new Set<string>();
    list.forEach((record, index) => {
      const slug = slugOf(record, index);
      if (seen.has(slug)) report({ slug, field: "slug", message: "duplicate slug" });
      seen.add(slug);
      const result = schema.safeParse(record);
      if (!result.success) {
        for (const e of result.error.issues)
          report({ slug, field: pathOf(e.path), message: e.message });
        return;
      }
      parsed[name].push(result.data as { slug: string });
      if (JSON.stringify(result.data) !== JSON.stringify(record)) {
        report({
          slug,
          field: "",
          message:
            "not in canonical form (key order, defaults); run `pnpm --filter @nato-russia/data format-data`",
        });
      }
    });
  }

  const records = parsed as unknown as DatasetRecords;
  checkLinks(records, issues);
  checkText(records, article, issues);
  return { records, issues };
}

function checkLinks(records: DatasetRecords, issues: ValidationIssue[]): void {
  const slugs = Object.fromEntries(
    ENTITY_NAMES.map((n) => [n, new Set(records[n].map((r) => r.slug))]),
  ) as Record<EntityName, Set<string>>;

  const link = (
    from: EntityName,
    slug: string,
    field: string,
    to: EntityName,
    target: string | undefined,
  ) => {
    if (target !== undefined && !slugs[to].has(target)) {
      issues.push({
        file: ENTITIES[from].file,
        slug,
        field,
        message: `unknown ${ENTITIES[to].label} slug "${target}"`,
      });
    }
  };
  const attestations = (
    from: EntityName,
    slug: string,
    field: string,
    list: readonly { passage: string; references: readonly string[] }[],
  ) =>
    list.forEach((a, i) => {
      link(from, slug, `${field}[${i}].passage`, "passages", a.passage);
      a.references.forEach((r, j) =>
        link(from, slug, `${field}[${i}].references[${j}]`, "references", r),
      );
    });
  const verification = (from: EntityName, slug: string, refs: readonly string[]) =>
    refs.forEach((r, i) => link(from, slug, `verification.references[${i}]`, "references", r));

  for (const e of records.events) {
    e.actors.forEach((a, i) => link("events", e.slug, `actors[${i}].actor`, "actors", a.actor));
    e.themes.forEach((t, i) => link("events", e.slug, `themes[${i}]`, "themes", t));
    link("events", e.slug, "period", "periods", e.period);
    attestations("events", e.slug, "sources", e.sources);
    verification("events", e.slug, e.verification.references);
  }
  for (const a of records.actors) attestations("actors", a.slug, "sources", a.sources);
  for (const t of records.themes) attestations("themes", t.slug, "sources", t.sources);
  for (const p of records.periods) {
    attestations("periods", p.slug, "sources", p.sources);
    verification("periods", p.slug, p.verification.references);
  }
  for (const p of records.positions) {
    link("positions", p.slug, "holder", "actors", p.holder);
    p.about.forEach((a, i) => link("positions", p.slug, `about[${i}]`, "actors", a));
    p.themes.forEach((t, i) => link("positions", p.slug, `themes[${i}]`, "themes", t));
    attestations("positions", p.slug, "sources", p.sources);
    verification("positions", p.slug, p.verification.references);
  }
  for (const p of records.passages) {
    p.citations.forEach((c, i) =>
      link("passages", p.slug, `citations[${i}].reference`, "references", c.reference),
    );
  }
}

function checkText(records: DatasetRecords, article: string, issues: ValidationIssue[]): void {
  const normalisedArticle = normaliseForQuote(article);
  const passageText = new Map(records.passages.map((p) => [p.slug, normaliseForQuote(p.text)]));

  for (const p of records.passages) {
    if (!normalisedArticle.includes(passageText.get(p.slug)!)) {
      issues.push({
        file: ENTITIES.passages.file,
        slug: p.slug,
        field: "text",
        message: "text is not found in the article",
      });
    }
    p.citations.forEach((c, i) => {
      const field = `citations[${i}]`;
      if (!p.text.includes(c.text)) {
        issues.push({
          file: ENTITIES.passages.file,
          slug: p.slug,
          field: `${field}.text`,
          message: `"${c.text}" is not printed in the passage`,
        });
      }
      const resolved = resolveCitation(c.text, records.references);
      if (resolved && resolved.slug !== c.reference) {
        issues.push({
          file: ENTITIES.passages.file,
          slug: p.slug,
          field: `${field}.reference`,
          message: `"${c.text}" resolves to "${resolved.slug}", not "${c.reference}"`,
        });
      }
    });
  }
  for (const r of records.references) {
    if (r.entry && !normalisedArticle.includes(normaliseForQuote(r.entry))) {
      issues.push({
        file: ENTITIES.references.file,
        slug: r.slug,
        field: "entry",
        message: "entry is not found in the article's reference list",
      });
    }
  }

  const quoted: [
    EntityName,
    readonly { slug: string; sources: readonly { passage: string; quote: string }[] }[],
  ][] = [
    ["events", records.events],
    ["actors", records.actors],
    ["periods", records.periods],
    ["themes", records.themes],
    ["positions", records.positions],
  ];
  for (const [name, list] of quoted) {
    for (const record of list) {
      record.sources.forEach((s, i) => {
        const text = passageText.get(s.passage);
        if (text !== undefined && !text.includes(normaliseForQuote(s.quote))) {
          issues.push({
            file: ENTITIES[name].file,
            slug: record.slug,
            field: `sources[${i}].quote`,
            message: `quote is not found verbatim in passage "${s.passage}"`,
          });
        }
      });
    }
  }
}
