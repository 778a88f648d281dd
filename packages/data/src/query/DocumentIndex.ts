import type { DatasetRecords } from "../entities.js";
import { isDocumentRole, type Event, type Passage, type Reference } from "../schema/index.js";

/** Whether a reference is a document (the article, or a document of the record). */
export function isDocument(reference: Reference): boolean {
  return isDocumentRole(reference.role);
}

/** Lookups the document index shares with the event index rather than building its own. */
export interface DocumentLookups {
  getReference(slug: string): Reference | undefined;
  getPassage(slug: string): Passage | undefined;
}

/**
 * Documents and their passages: which documents there are, which passages each keeps, and which
 * documents attest a record through the passages of its `sources`.
 */
export class DocumentIndex {
  private readonly documentList: readonly Reference[];
  private readonly passagesByDocument = new Map<string, Passage[]>();
  private readonly correctionsOf = new Map<string, Event[]>();

  constructor(
    records: DatasetRecords,
    private readonly lookups: DocumentLookups,
  ) {
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
    const slugs = new Set(sources.map((s) => this.lookups.getPassage(s.passage)?.document));
    return [...slugs].flatMap((slug) => {
      const reference = slug === undefined ? undefined : this.lookups.getReference(slug);
      return reference ? [reference] : [];
    });
  }
}
