import { precisionMatches } from "../dates/partialIso.js";
import { ENTITIES, ENTITY_NAMES, type DatasetRecords, type EntityName } from "../entities.js";
import type { FuzzyDate } from "../schema/fuzzyDate.js";
import { isDocumentRole, TRUSTED_TIERS, type SourceTier } from "../schema/reference.js";
import type { Attestation, Verification } from "../schema/attestation.js";
import { normaliseForQuote } from "../text/fold.js";
import { resolveCitation } from "../text/resolveCitation.js";
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
 * canonical formatting, and the editorial rules (date labels that describe start–end, statuses
 * that follow what was checked and rest on a trusted source, clean URLs, `countries` equal to
 * the STATE actors' codes). Returns the parsed records and every issue found.
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
  checkDates(records, issues);
  checkVerifications(records, issues);
  checkAttestingTiers(records, issues);
  checkCorrections(records, issues);
  checkUrls(records, issues);
  checkCountries(records, issues);
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
    link("events", e.slug, "corrects", "events", e.corrects);
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
    link("passages", p.slug, "document", "references", p.document);
    p.citations.forEach((c, i) =>
      link("passages", p.slug, `citations[${i}].reference`, "references", c.reference),
    );
  }
}

/** Every kind of record that rests on sources (passages and quotes), with its entity name. */
function attestedRecords(
  records: DatasetRecords,
): [EntityName, readonly { slug: string; sources: readonly Attestation[] }[]][] {
  return [
    ["events", records.events],
    ["actors", records.actors],
    ["periods", records.periods],
    ["themes", records.themes],
    ["positions", records.positions],
  ];
}

function checkText(records: DatasetRecords, article: string, issues: ValidationIssue[]): void {
  const normalisedArticle = normaliseForQuote(article);
  const passageText = new Map(records.passages.map((p) => [p.slug, normaliseForQuote(p.text)]));
  const roles = new Map(records.references.map((r) => [r.slug, r.role]));
  const placed = new Map<string, string>();

  for (const p of records.passages) {
    const role = roles.get(p.document);
    if (role !== undefined && !isDocumentRole(role)) {
      issues.push({
        file: ENTITIES.passages.file,
        slug: p.slug,
        field: "document",
        message: `"${p.document}" is a ${role} reference; a passage's document must be the article (PRIMARY) or a document of the record (RECORD)`,
      });
    }
    const place = `${p.document}#${p.order}`;
    if (placed.has(place)) {
      issues.push({
        file: ENTITIES.passages.file,
        slug: p.slug,
        field: "order",
        message: `order ${p.order} of "${p.document}" is also held by "${placed.get(place)}"`,
      });
    }
    placed.set(place, p.slug);
    if (role === "PRIMARY" && !normalisedArticle.includes(passageText.get(p.slug)!)) {
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

  for (const [name, list] of attestedRecords(records)) {
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

/** Four-digit years written in a label ("1990s" counts as 1990). */
function yearsIn(label: string): number[] {
  return [...label.matchAll(/(?<!\d)(\d{4})(?!\d)/g)].map((m) => Number(m[1]));
}

/**
 * Problems with a date: `end` of another precision than stated, and a label that does not
 * describe start–end (every year it names lies in the span; the start year, and the end year
 * when it differs, are named).
 */
export function dateProblems(date: FuzzyDate): { field: string; message: string }[] {
  const problems: { field: string; message: string }[] = [];
  if (date.end !== undefined && !precisionMatches(date.end, date.precision)) {
    problems.push({
      field: "end",
      message: `precision ${date.precision} does not match end "${date.end}"`,
    });
  }
  const first = Number(date.start.slice(0, 4));
  const last =
    date.end !== undefined
      ? Number(date.end.slice(0, 4))
      : date.precision === "DECADE"
        ? first + 9
        : first;
  const years = yearsIn(date.label);
  const outside = years.filter((y) => y < first || y > last);
  const span = last === first ? `${first}` : `${first}–${last}`;
  if (outside.length > 0) {
    problems.push({
      field: "label",
      message: `label "${date.label}" names ${outside.join(", ")}, outside the dates' span ${span}`,
    });
  }
  if (!years.includes(first)) {
    problems.push({
      field: "label",
      message: `label "${date.label}" does not name the start year ${first}`,
    });
  }
  if (date.end !== undefined && last !== first && !years.includes(last)) {
    problems.push({
      field: "label",
      message: `label "${date.label}" does not name the end year ${last}`,
    });
  }
  return problems;
}

function checkDates(records: DatasetRecords, issues: ValidationIssue[]): void {
  const check = (name: EntityName, slug: string, field: string, date: FuzzyDate | undefined) => {
    if (!date) return;
    for (const p of dateProblems(date))
      issues.push({
        file: ENTITIES[name].file,
        slug,
        field: `${field}.${p.field}`,
        message: p.message,
      });
  };
  for (const e of records.events) check("events", e.slug, "date", e.date);
  for (const p of records.periods) {
    check("periods", p.slug, "start", p.start);
    check("periods", p.slug, "end", p.end);
  }
}

/** Words in a note that say a part of the claim was not checked. */
export const NOT_CHECKED =
  /\b(?:not|never)\s+(?:been\s+|yet\s+)?(?:checked|verified)\b|\bcould\s*(?:not|n[’']t)\s+(?:be\s+)?(?:checked|verified|confirmed)\b|\bunverified\b/i;

function checkVerifications(records: DatasetRecords, issues: ValidationIssue[]): void {
  const tiers = new Map<string, SourceTier>(records.references.map((r) => [r.slug, r.tier]));
  const trusted = new Set<SourceTier>(TRUSTED_TIERS);
  const check = (name: EntityName, slug: string, v: Verification) => {
    const report = (field: string, message: string) =>
      issues.push({ file: ENTITIES[name].file, slug, field, message });
    if (v.status === "CONSISTENT" && v.note && NOT_CHECKED.test(v.note)) {
      report(
        "verification.note",
        "a CONSISTENT record's note says a part was not checked or verified: check it, or use another status",
      );
    }
    if (v.status === "UNVERIFIED") return;
    const known = v.references.filter((r) => tiers.has(r));
    if (known.length === v.references.length && !known.some((r) => trusted.has(tiers.get(r)!))) {
      report(
        "verification.references",
        `a ${v.status} record needs at least one verification reference of tier ${TRUSTED_TIERS.join(", ")}${
          known.length
            ? ` (has only ${[...new Set(known.map((r) => tiers.get(r)))].join(", ")})`
            : ""
        }`,
      );
    }
  };
  for (const e of records.events) check("events", e.slug, e.verification);
  for (const a of records.actors) check("actors", a.slug, a.verification);
  for (const p of records.periods) check("periods", p.slug, p.verification);
  for (const p of records.positions) check("positions", p.slug, p.verification);
}

/**
 * Every record rests on at least one document above SECONDARY: the article itself or a document
 * of the record whose tier is trusted (a blog or a mirror alone never attests a record).
 */
function checkAttestingTiers(records: DatasetRecords, issues: ValidationIssue[]): void {
  const tiers = new Map<string, SourceTier>(records.references.map((r) => [r.slug, r.tier]));
  const documentOf = new Map(records.passages.map((p) => [p.slug, p.document]));
  const trusted = new Set<SourceTier>(TRUSTED_TIERS);
  for (const [name, list] of attestedRecords(records)) {
    for (const record of list) {
      const documents = record.sources.map((s) => documentOf.get(s.passage));
      // Unknown passages and documents are reported by the link check.
      if (documents.some((d) => d === undefined || !tiers.has(d))) continue;
      if (!documents.some((d) => trusted.has(tiers.get(d!)!))) {
        issues.push({
          file: ENTITIES[name].file,
          slug: record.slug,
          field: "sources",
          message: `needs at least one passage from a document of tier ${TRUSTED_TIERS.join(", ")}`,
        });
      }
    }
  }
}

/**
 * A correction links a record-based event to an article event the record disagrees with: the
 * article's must say so (IMPRECISE or DISPUTED), and a correction is not itself corrected.
 */
function checkCorrections(records: DatasetRecords, issues: ValidationIssue[]): void {
  const events = new Map(records.events.map((e) => [e.slug, e]));
  for (const e of records.events) {
    const target = e.corrects === undefined ? undefined : events.get(e.corrects);
    if (!target) continue;
    const report = (message: string) =>
      issues.push({ file: ENTITIES.events.file, slug: e.slug, field: "corrects", message });
    if (target.slug === e.slug) report("an event cannot correct itself");
    else if (
      target.verification.status !== "IMPRECISE" &&
      target.verification.status !== "DISPUTED"
    )
      report(
        `"${target.slug}" is ${target.verification.status}; only an IMPRECISE or DISPUTED event is corrected`,
      );
    else if (target.corrects !== undefined)
      report(`"${target.slug}" is itself a correction; correct the article's event instead`);
  }
}

/** Session ids and tracking parameters a cited URL must not carry. */
const SESSION_ID = /\/SID-[^/]*\/|[;?&]jsessionid=|;jsessionid|[?&](?:sid|sessionid|phpsessid)=/i;
const TRACKING_PARAM =
  /^(?:utm_.*|selectedlocale|fbclid|gclid|dclid|gbraid|wbraid|msclkid|yclid|mc_cid|mc_eid|igshid|_ga|_gl|ftag|ocid|cmpid|ref_src|spm|at_medium|at_campaign|__twitter_impression)$/i;

/** What is wrong with a reference URL, or undefined when it is clean. */
export function urlProblem(url: string): string | undefined {
  if (SESSION_ID.test(url)) return "URL carries a session id; cite the address without it";
  let params: URLSearchParams;
  try {
    params = new URL(url).searchParams;
  } catch {
    return undefined;
  }
  const tracking = [...params.keys()].filter((k) => TRACKING_PARAM.test(k));
  if (tracking.length > 0)
    return `URL carries tracking parameter(s) ${tracking.join(", ")}; cite the address without them`;
  return undefined;
}

function checkUrls(records: DatasetRecords, issues: ValidationIssue[]): void {
  for (const r of records.references) {
    const problem = r.csl.URL ? urlProblem(r.csl.URL) : undefined;
    if (problem)
      issues.push({
        file: ENTITIES.references.file,
        slug: r.slug,
        field: "csl.URL",
        message: problem,
      });
  }
}

function checkCountries(records: DatasetRecords, issues: ValidationIssue[]): void {
  const actors = new Map(records.actors.map((a) => [a.slug, a]));
  for (const e of records.events) {
    const expected = [
      ...new Set(
        e.actors.flatMap(({ actor }) => {
          const a = actors.get(actor);
          return a?.kind === "STATE" && a.isoCode ? [a.isoCode] : [];
        }),
      ),
    ].sort();
    const found = [...e.countries].sort();
    const duplicates = found.filter((c, i) => found[i - 1] === c);
    if (expected.join() !== [...new Set(found)].join() || duplicates.length > 0) {
      issues.push({
        file: ENTITIES.events.file,
        slug: e.slug,
        field: "countries",
        message: `must be exactly the ISO codes of the event's STATE actors: expected [${expected.join(", ")}], found [${e.countries.join(", ")}]`,
      });
    }
  }
}
