import type { DocumentTypeDecoration } from "@graphql-typed-document-node/core";

/** What codegen writes beside each generated document (see codegen.ts). */
export interface DocumentMeta {
  operationName?: string;
  operationType?: "query" | "mutation" | "subscription";
  /** "sha256:<hex>", the document's key in the persisted-operations manifest. */
  hash?: string;
}

/** A document as the request sees it: its text, and what codegen wrote beside it. */
export interface DocumentSource {
  toString(): string;
  __meta__?: DocumentMeta | Record<string, unknown>;
}

/** A typed document: the generated documents, or any string document with result and variable types. */
export type TypedDocument<TResult, TVariables> = DocumentTypeDecoration<TResult, TVariables> &
  DocumentSource;

/** The document's metadata; a hand-written document may have none (then it goes by POST). */
export function documentMeta(document: DocumentSource): DocumentMeta {
  return (document.__meta__ ?? {}) as DocumentMeta;
}
