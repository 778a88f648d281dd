import { maxAliasesPlugin } from "@escape.tech/graphql-armor-max-aliases";
import { maxDepthPlugin } from "@escape.tech/graphql-armor-max-depth";
import { maxDirectivesPlugin } from "@escape.tech/graphql-armor-max-directives";
import { maxTokensPlugin } from "@escape.tech/graphql-armor-max-tokens";
import { GraphQLError, type ValidationContext } from "graphql";
import type { Plugin } from "graphql-yoga";
import type { Limits } from "../limits.js";

/** The code each limit puts in `extensions.code` when it rejects a query. */
export const LIMIT_CODES = {
  maxDepth: "MAX_DEPTH_EXCEEDED",
  maxAliases: "MAX_ALIASES_EXCEEDED",
  maxTokens: "MAX_TOKENS_EXCEEDED",
  maxCost: "MAX_COST_EXCEEDED",
  maxDirectives: "MAX_DIRECTIVES_EXCEEDED",
} as const;

/**
 * graphql-armor reports a rejection as a bare "Syntax Error: …" without a code. This handler
 * replaces it with a coded error: as a validation error where there is a validation context,
 * thrown from the parser (max tokens) where there is none.
 */
function rejectWith(code: string) {
  return {
    propagateOnRejection: false,
    onReject: [
      (context: ValidationContext | null, error: GraphQLError) => {
        const coded = new GraphQLError(error.message.replace(/^Syntax Error: /, ""), {
          extensions: { code },
        });
        if (!context) throw coded;
        context.reportError(coded);
      },
    ],
  };
}

/** graphql-armor's protections, configured from `limits`; the cost is plugins/queryCost.ts. */
export function queryLimitPlugins(limits: Limits): Plugin[] {
  return [
    maxTokensPlugin({ n: limits.maxTokens, ...rejectWith(LIMIT_CODES.maxTokens) }),
    maxDepthPlugin({
      n: limits.maxDepth,
      flattenFragments: true,
      ...rejectWith(LIMIT_CODES.maxDepth),
    }),
    maxAliasesPlugin({ n: limits.maxAliases, ...rejectWith(LIMIT_CODES.maxAliases) }),
    maxDirectivesPlugin({ n: limits.maxDirectives, ...rejectWith(LIMIT_CODES.maxDirectives) }),
  ] as Plugin[];
}
