import {
  getOperationAST,
  GraphQLError,
  Kind,
  type DocumentNode,
  type ExecutionResult,
  type FieldNode,
  type FragmentDefinitionNode,
  type SelectionSetNode,
} from "graphql";

type Fragments = ReadonlyMap<string, FragmentDefinitionNode>;

/** Every field of `set` (fragments included, in document order) answering to `key`. */
function fieldsAt(set: SelectionSetNode, key: string, fragments: Fragments): FieldNode[] {
  return set.selections.flatMap((selection) => {
    if (selection.kind === Kind.FIELD)
      return (selection.alias ?? selection.name).value === key ? [selection] : [];
    const fragment =
      selection.kind === Kind.INLINE_FRAGMENT ? selection : fragments.get(selection.name.value);
    return fragment ? fieldsAt(fragment.selectionSet, key, fragments) : [];
  });
}

/**
 * graphql-jit reports field errors with a path and plain `locations` but without the document
 * nodes graphql-js gives them, and the pipeline rebuilds errors from their nodes. This finds
 * the nodes again from the path, so a result the fast path ran reads exactly as the pipeline's
 * would: `errors` first, each with message, locations, path and extensions.
 */
export function locateErrors(
  result: ExecutionResult,
  document: DocumentNode,
  operationName: string | undefined,
): ExecutionResult {
  if (!result.errors?.length) return result;
  const operation = getOperationAST(document, operationName);
  const fragments = new Map(
    document.definitions.flatMap((d) =>
      d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : [],
    ),
  );
  const errors = result.errors.map((error) => {
    if (!error.path || !operation) return error;
    let nodes: readonly { selectionSet?: SelectionSetNode }[] = [operation];
    for (const key of error.path) {
      if (typeof key === "number") continue;
      nodes = nodes.flatMap((n) =>
        n.selectionSet ? fieldsAt(n.selectionSet, key, fragments) : [],
      );
    }
    if (nodes.length === 0) return error;
    return new GraphQLError(error.message, {
      nodes: nodes as FieldNode[],
      path: error.path,
      originalError: error.originalError ?? undefined,
      extensions: error.extensions,
    });
  });
  return {
    errors,
    data: result.data,
    ...(result.extensions ? { extensions: result.extensions } : {}),
  };
}
