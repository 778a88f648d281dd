import { PothosValidationError } from "@pothos/core";
import { QueryError } from "@nato-russia/data";
import { GraphQLError } from "graphql";
import { isAsyncIterable, type Plugin } from "graphql-yoga";

/** Codes the gateway itself adds to the data package's `QueryErrorCode`s. */
export type GatewayErrorCode = "BAD_USER_INPUT" | "INVALID_CURSOR" | "MAX_ITEMS_EXCEEDED";

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
        setResult({
          ...result,
          errors: result.errors.map((error) => withShortEcho(toGraphQLError(error))),
        });
      },
    }),
  };
}

// A name or value quoted back in a message (graphql-js does so for unknown fields, arguments
// and tokens) is cut to this many characters, so no error echoes a long input.
const MAX_ECHO = 60;

/** Cuts every quoted span of `message` longer than MAX_ECHO characters. */
export function shortenEcho(message: string): string {
  return message.replace(
    /"((?:[^"\\]|\\.){61,})"/g,
    (_all, inner: string) => `"${inner.slice(0, MAX_ECHO)}…"`,
  );
}

/** The same error with its long quoted spans cut (see shortenEcho). */
function withShortEcho<E>(error: E): E {
  if (!(error instanceof GraphQLError)) return error;
  const short = shortenEcho(error.message);
  if (short === error.message) return error;
  return new GraphQLError(short, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    originalError: error.originalError ?? undefined,
    extensions: error.extensions,
  }) as E;
}

/** No long echo of the input in a syntax or validation error (execution errors: useClientErrors). */
export function useShortEcho(): Plugin {
  return {
    onParse:
      () =>
      ({ result, replaceParseResult }) => {
        if (result instanceof Error) replaceParseResult(withShortEcho(result));
      },
    onValidate:
      () =>
      ({ result, setResult }) => {
        if (result.length > 0) setResult(result.map(withShortEcho));
      },
  };
}
