import type { DatasetRecords } from "../entities.js";
import type { Event, Passage, Reference } from "../schema/index.js";

/** The roles of references that are documents: their passages are kept and attest records. */
const DOCUMENT_ROLES: ReadonlySet<Reference["role"]> = new Set(["PRIMARY", "RECORD"]);

/** Whether a reference is a document (the article, or a document of the record). */
export function isDocument(reference: Reference): boolean {
  return DOCUMENT_ROLES.has(reference.role);
}

/**
 * Documents and their passages: which documents there are, which passages each keeps, and which
 * documents attest a record through the passages of its `sources`.
 */
export class DocumentIndex {
  private readonly documentList: readonly Reference[];
  private readonly passagesByDocument = new Map<string, Passage[]>();
  private readonly documentOfPassage: Map<string, string>;
  private readonly referenceMap: Map<string, Reference>;
  private readonly correctionsOf = new Map<string, Event[]>();

  constructor(records: DatasetRecords) {
    this.referenceMap = new Map(records.references.map((r) => [r.slug, r]));
    // The article first, then documents of the record in dataset order.
    this.documentList = [
      ...records.references.filter((r) => r.role === "PRIMARY"),
      ...records.references.filter((r) => r.role === "RECORD"),
    ];
    for (const e of records.events) {
      if (e.corrects === undefined) continue;
      const list = this.correctionsOf.get(e.corrects);
      if (list) list.push(e);
      else this.correctionsOf.set(e.corrects, [e]);
    }
    this.documentOfPassage = new Map(records.passages.map((p) => [p.slug, p.document]));
    for (const p of [...records.passages].sort((a, b) => a.order - b.order)) {
      const list = this.passagesByDocument.get(p.document);
      if (list) list.push(p);
      else this.passagesByDocument.set(p.document, [p]);
    }
  }

  /** Every document: the article first, then the documents of the record. */
  documents(): readonly Reference[] {
    return this.documentList;
  }

  /** The passages kept from a document, in its order; empty for an unknown slug. */
  passagesOf(documentSlug: string): readonly Passage[] {
    return this.passagesByDocument.get(documentSlug) ?? [];
  }

  /** Events of the record that correct an article's event (their `corrects` names it). */
  corrections(eventSlug: string): readonly Event[] {
    return this.correctionsOf.get(eventSlug) ?? [];
  }

  /** The documents that attest a record, in the order its sources first name them. */
  documentsAttesting(sources: readonly { passage: string }[]): Reference[] {
    const slugs = new Set(sources.map((s) => this.documentOfPassage.get(s.passage)));
    return [...slugs].flatMap((slug) => {
      const reference = slug === undefined ? undefined : this.referenceMap.get(slug);
      return reference ? [reference] : [];
    });
  }
}
