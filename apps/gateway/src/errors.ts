import { PothosValidationError } from "@pothos/core";
import { QueryError } from "@nato-russia/data";
import { GraphQLError } from "graphql";
import { isAsyncIterable, type Plugin } from "graphql-yoga";

/** Codes the gateway itself adds to the data package's `QueryErrorCode`s. */
export type GatewayErrorCode = "BAD_USER_INPUT" | "INVALID_CURSOR" | "MAX_EDGES_EXCEEDED";

/** A client error the gateway raises itself: a clear message and a machine-readable code. */
export function userError(code: GatewayErrorCode, message: string, field?: string): GraphQLError {
  return new GraphQLError(message, { extensions: field ? { code, field } : { code } });
}

/**
 * The one place bad input is turned into client errors. A QueryError from the data package
 * keeps its message and gets its code; a Pothos argument check, a variable of the wrong type and
 * an unknown operation name become BAD_USER_INPUT. Any other error is left alone: yoga masks it
 * as "Unexpected error." and logs it.
 */
export function toGraphQLError(error: GraphQLError): GraphQLError {
  const original = error.originalError;
  const at = {
    nodes: error.nodes,
    positions: error.positions,
    path: error.path,
    source: error.source,
  };
  if (original instanceof QueryError) {
    const extensions = original.field
      ? { code: original.code, field: original.field }
      : { code: original.code };
    return new GraphQLError(original.message, { ...at, extensions });
  }
  if (original instanceof PothosValidationError) {
    return new GraphQLError(original.message, { ...at, extensions: { code: "BAD_USER_INPUT" } });
  }
  // Raised by execution itself before any resolver runs: a variable that does not fit its type,
  // an operation name the document lacks. They carry no path and no code of their own.
  const fromGraphQL = !original || original instanceof GraphQLError;
  if (fromGraphQL && !error.path && !error.extensions?.code) {
    return new GraphQLError(error.message, {
      ...at,
      extensions: { ...error.extensions, code: "BAD_USER_INPUT" },
    });
  }
  return error;
}

/**
 * Applies toGraphQLError to execution errors before yoga's masking sees them, so client
 * errors reach the client as they are and are not logged as server errors.
 */
export function useClientErrors(): Plugin {
  return {
    onExecute: () => ({
      onExecuteDone({ result, setResult }) {
        if (isAsyncIterable(result) || !result.errors?.length) return;
        setResult({ ...result, errors: result.errors.map(toGraphQLError) });
      },
    }),
  };
}
