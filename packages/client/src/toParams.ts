import { documentMeta, type DocumentSource } from "./TypedDocument.js";

/** The GraphQL-over-HTTP request parameters. */
export interface GraphQLParams {
  query?: string;
  operationName?: string;
  variables?: Record<string, unknown>;
  extensions?: { persistedQuery: { version: 1; sha256Hash: string } };
}

/**
 * The parameters of one operation, named from the document's metadata. Persisted: only the
 * hash travels, as the APQ-style extension yoga and Apollo understand; otherwise the text.
 */
export function toParams(
  document: DocumentSource,
  variables: unknown,
  persisted = false,
): GraphQLParams {
  const { operationName, hash } = documentMeta(document);
  if (persisted && !hash)
    throw new TypeError("persisted: this document has no hash; use a generated document");
  const params: GraphQLParams =
    hash && persisted
      ? { extensions: { persistedQuery: { version: 1, sha256Hash: hash.replace(/^sha256:/, "") } } }
      : { query: document.toString() };
  if (operationName) params.operationName = operationName;
  if (variables && Object.keys(variables).length > 0)
    params.variables = variables as Record<string, unknown>;
  return params;
}
