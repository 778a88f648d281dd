import { documentMeta, type DocumentSource } from "../TypedDocument.js";

/** A query's key: its operation's name, then its variables (`{}` for none). */
export type OperationQueryKey<TVariables> = readonly [operationName: string, variables: TVariables];

/**
 * The key of an operation's query: `[operationName, variables]`, the name from the document's
 * generated `__meta__`. Without variables, `[operationName]`, the prefix that matches every
 * query of the operation (for `invalidateQueries`, `cancelQueries`, …).
 */
export function queryKey(document: DocumentSource): readonly [operationName: string];
export function queryKey<TVariables>(
  document: DocumentSource,
  variables: TVariables,
): OperationQueryKey<TVariables>;
export function queryKey(document: DocumentSource, ...variables: unknown[]) {
  const { operationName } = documentMeta(document);
  if (!operationName)
    throw new TypeError("queryKey: the document has no operation name in __meta__ (see README)");
  return [operationName, ...variables] as const;
}
