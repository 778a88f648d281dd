import { GraphQLError, type ExecutionResult } from "graphql";
import { isAsyncIterable, type Plugin } from "graphql-yoga";

export const RESPONSE_TOO_LARGE = "RESPONSE_TOO_LARGE";
const BUDGET_CODES = new Set(["MAX_ITEMS_EXCEEDED"]);

/** A result that carries its own serialization; yoga writes it with `stringify`. */
export type Serialized = ExecutionResult & { stringify: () => string };

/**
 * The bytes of a plain success, as useResponseSizeLimit serialized them (or a cached answer
 * carries them); undefined for anything else. The plugins after it read them here.
 */
export function successBody(result: unknown): string | undefined {
  if (!result || isAsyncIterable(result)) return undefined;
  const { stringify, errors } = result as Partial<Serialized>;
  return stringify && !errors ? stringify() : undefined;
}

export function responseTooLarge(bytes: number, maxBytes: number): GraphQLError {
  return new GraphQLError(
    `the response would be ${bytes} bytes, over the limit of ${maxBytes}; ask for fewer fields or smaller pages`,
    { extensions: { code: RESPONSE_TOO_LARGE, maxBytes } },
  );
}

/**
 * Whole-response limits, applied to every execution result:
 * - a result that ran out of list items (MAX_ITEMS_EXCEEDED) is answered with that one error
 *   and no partial data;
 * - a result whose JSON exceeds `maxBytes` is answered with RESPONSE_TOO_LARGE instead.
 * A plain success is serialized here once and carries its bytes on to the response cache
 * and yoga, which reuse them.
 */
export function useResponseSizeLimit(maxBytes: number): Plugin {
  return {
    onExecutionResult({ result, setResult }) {
      if (!result || isAsyncIterable(result)) return;
      const budgetError = result.errors?.find((e) => BUDGET_CODES.has(String(e.extensions?.code)));
      if (budgetError) {
        setResult({ errors: [budgetError] });
        return;
      }
      // A cached answer arrives already serialized.
      const own = (result as Partial<Serialized>).stringify;
      const body = own ? own() : JSON.stringify(result);
      const bytes = Buffer.byteLength(body);
      if (bytes > maxBytes) {
        setResult({ errors: [responseTooLarge(bytes, maxBytes)] });
        return;
      }
      // Errors are still to be masked by yoga, so only a plain success keeps these bytes.
      if (!own && !result.errors?.length && !result.extensions) {
        setResult({ ...result, stringify: () => body } as Serialized);
      }
    },
  };
}
