// Where the article states each fact (sources), the works it cites there, and the public
// sources read to verify each record. A row belongs to one record: `record_type` says which
// entity, `record` its slug, and the one matching typed column (event, actor, …) carries the
// foreign key.
import { z } from "zod";
import type { DatasetRecords } from "../../../src/entities.js";
import { Attestation, Slug, Verification } from "../../../src/schema/index.js";
import type { Attestation as AttestationValue } from "../../../src/schema/index.js";
import { fk, table, type Column } from "../table.js";

const OWNERS = {
  event: "events",
  actor: "actors",
  period: "periods",
  theme: "themes",
  position: "positions",
} as const;
type Owner = keyof typeof OWNERS;

type Owned = { recordType: Owner; record: string };
const ownersOf = (r: DatasetRecords) =>
  (Object.keys(OWNERS) as Owner[]).flatMap((type) =>
    (
      r[OWNERS[type]] as readonly {
        slug: string;
        sources: readonly AttestationValue[];
        verification?: z.output<typeof Verification>;
      }[]
    ).map((record) => ({ type, record })),
  );

function ownerColumns<R extends Owned>(types: readonly Owner[]): Column<R>[] {
  return [
    {
      name: "record_type",
      schema: z
        .enum(types as [Owner, ...Owner[]])
        .describe("The kind of record the row belongs to."),
      value: (x) => x.recordType,
    },
    { name: "record", schema: Slug, description: "Slug of the record.", value: (x) => x.record },
    ...types.map((type): Column<R> => ({
      name: type,
      schema: Slug.optional(),
      description: `Slug of the ${type}, when the row belongs to one (a foreign key to ${OWNERS[type]}).`,
      value: (x) => (x.recordType === type ? x.record : undefined),
    })),
  ];
}

type SourceRow = Owned & { id: string; ordinal: number } & AttestationValue;
const sourceId = (type: Owner, slug: string, ordinal: number) => `${type}/${slug}/${ordinal}`;
const a = Attestation.shape;

export const sources = table<SourceRow>({
  name: "sources",
  description: Attestation.description!,
  rows: (r) =>
    ownersOf(r).flatMap(({ type, record }) =>
      record.sources.map((s, i) => ({
        id: sourceId(type, record.slug, i + 1),
        recordType: type,
        record: record.slug,
        ordinal: i + 1,
        ...s,
      })),
    ),
  columns: [
    {
      name: "id",
      schema: z
        .string()
        .describe(
          "Identifier of the source: record type, record slug and ordinal, e.g. event/russia-annexes-crimea/1.",
        ),
      value: (x) => x.id,
    },
    ...ownerColumns<SourceRow>(Object.keys(OWNERS) as Owner[]),
    {
      name: "ordinal",
      schema: z
        .number()
        .int()
        .positive()
        .describe("Place of the source among the record's sources, from 1."),
      value: (x) => x.ordinal,
    },
    { name: "passage", schema: a.passage, value: (x) => x.passage },
    { name: "quote", schema: a.quote, value: (x) => x.quote, articleText: true },
  ],
  primaryKey: ["id"],
  foreignKeys: [
    ...(Object.keys(OWNERS) as Owner[]).map((type) => fk(type, OWNERS[type])),
    fk("passage", "passages"),
  ],
});

export const sourceReferences = table<{ source: string; reference: string }>({
  name: "source_references",
  description: "The works the article cites for a source's statement (one row per work).",
  rows: (r) =>
    ownersOf(r).flatMap(({ type, record }) =>
      record.sources.flatMap((s, i) =>
        [...new Set(s.references)].map((reference) => ({
          source: sourceId(type, record.slug, i + 1),
          reference,
        })),
      ),
    ),
  columns: [
    {
      name: "source",
      schema: z.string().describe("Identifier of the source (sources.id)."),
      value: (x) => x.source,
    },
    {
      name: "reference",
      schema: Slug,
      description: "Slug of the reference cited.",
      value: (x) => x.reference,
    },
  ],
  primaryKey: ["source", "reference"],
  foreignKeys: [fk("source", "sources", "id"), fk("reference", "references")],
});

const VERIFIED: readonly Owner[] = ["event", "actor", "period", "position"];
type VerificationRow = Owned & { reference: string };

export const verificationReferences = table<VerificationRow>({
  name: "verification_references",
  description: Verification.shape.references.description!,
  rows: (r) =>
    ownersOf(r).flatMap(({ type, record }) =>
      [...new Set(record.verification?.references ?? [])].map((reference) => ({
        recordType: type,
        record: record.slug,
        reference,
      })),
    ),
  columns: [
    ...ownerColumns<VerificationRow>(VERIFIED),
    {
      name: "reference",
      schema: Slug,
      description: "Slug of a public source read for the check.",
      value: (x) => x.reference,
    },
  ],
  primaryKey: ["record_type", "record", "reference"],
  foreignKeys: [...VERIFIED.map((type) => fk(type, OWNERS[type])), fk("reference", "references")],
});
