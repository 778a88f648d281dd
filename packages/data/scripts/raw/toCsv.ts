import Papa from "papaparse";
import type { DatasetRecords, EntityName } from "../../src/entities.js";
import type { Attestation } from "../../src/schema/index.js";

const list = (values: readonly string[]) => values.join(";");
const passagesOf = (sources: readonly Attestation[]) => list(sources.map((s) => s.passage));
const quotesOf = (sources: readonly Attestation[]) => sources.map((s) => s.quote).join(" | ");

/** One flat row per record; lists are joined with ";", roles as "actor:ROLE". */
const ROWS: { [K in EntityName]: (records: DatasetRecords[K][number]) => Record<string, unknown> } =
  {
    events: (e) => ({
      slug: e.slug,
      title: e.title,
      summary: e.summary,
      date_start: e.date.start,
      date_end: e.date.end ?? "",
      date_precision: e.date.precision,
      date_label: e.date.label,
      kind: e.kind,
      relation: e.relation,
      actors: list(e.actors.map((a) => `${a.actor}:${a.role}`)),
      countries: list(e.countries),
      themes: list(e.themes),
      period: e.period ?? "",
      passages: passagesOf(e.sources),
      quotes: quotesOf(e.sources),
      references: list([...new Set(e.sources.flatMap((s) => s.references))]),
      verification_status: e.verification.status,
      verification_note: e.verification.note ?? "",
    }),
    actors: (a) => ({
      slug: a.slug,
      name: a.name,
      kind: a.kind,
      aliases: list(a.aliases),
      iso_code: a.isoCode ?? "",
      wikidata_id: a.wikidataId ?? "",
      description: a.description,
      passages: passagesOf(a.sources),
      verification_status: a.verification.status,
      verification_note: a.verification.note ?? "",
    }),
    references: (r) => ({
      slug: r.slug,
      role: r.role,
      type: r.csl.type,
      authors: list(
        (r.csl.author ?? []).map(
          (n) => n.literal ?? [n.family, n.given].filter(Boolean).join(", "),
        ),
      ),
      year: r.csl.issued?.["date-parts"][0]?.[0] ?? "",
      title: r.csl.title,
      container_title: r.csl["container-title"] ?? "",
      publisher: r.csl.publisher ?? "",
      publisher_place: r.csl["publisher-place"] ?? "",
      url: r.csl.URL ?? "",
      entry: r.entry ?? "",
      tier: r.tier,
      editors: list(
        (r.csl.editor ?? []).map(
          (n) => n.literal ?? [n.family, n.given].filter(Boolean).join(", "),
        ),
      ),
    }),
    passages: (p) => ({
      slug: p.slug,
      order: p.order,
      section: p.section ?? "",
      text: p.text,
      citations: list(p.citations.map((c) => `${c.text}=${c.reference}`)),
    }),
    periods: (p) => ({
      slug: p.slug,
      name: p.name,
      summary: p.summary,
      start: p.start.start,
      end: p.end?.start ?? "",
      passages: passagesOf(p.sources),
      verification_status: p.verification.status,
      verification_note: p.verification.note ?? "",
    }),
    themes: (t) => ({
      slug: t.slug,
      name: t.name,
      kind: t.kind,
      description: t.description,
      passages: passagesOf(t.sources),
    }),
    positions: (p) => ({
      slug: p.slug,
      holder: p.holder,
      about: list(p.about),
      statement: p.statement,
      themes: list(p.themes),
      passages: passagesOf(p.sources),
      quotes: quotesOf(p.sources),
      verification_status: p.verification.status,
      verification_note: p.verification.note ?? "",
    }),
  };

export function toCsv<K extends EntityName>(name: K, records: DatasetRecords[K]): string {
  const toRow = ROWS[name] as (r: DatasetRecords[K][number]) => Record<string, unknown>;
  const rows = records.map(toRow);
  const fields = Object.keys(toRow(records[0]!) ?? {});
  return `${Papa.unparse({ fields, data: rows.map((r) => fields.map((f) => r[f])) }, { newline: "\n" })}\n`;
}
