import { GraphQLError, type OperationDefinitionNode, type ValidationContext } from "graphql";
import type { Plugin } from "graphql-yoga";

/**
 * The API is read-only: a mutation or subscription is rejected at validation with a coded
 * error, rather than left to execution's uncoded "Schema is not configured…" message.
 */
export function useQueriesOnly(): Plugin {
  return {
    onValidate({ addValidationRule }) {
      addValidationRule((context: ValidationContext) => ({
        OperationDefinition(node: OperationDefinitionNode) {
          if (node.operation === "query") return;
          context.reportError(
            new GraphQLError(`${node.operation}s are not supported: this API is read-only`, {
              nodes: node,
              extensions: { code: "OPERATION_NOT_SUPPORTED" },
            }),
          );
        },
      }));
    },
  };
}
