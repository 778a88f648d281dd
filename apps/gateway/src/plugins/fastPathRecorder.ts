import type { IncomingMessage } from "node:http";
import { getOperationAST } from "graphql";
import type { Plugin } from "graphql-yoga";
import type { FastPath } from "../fastPath/FastPath.js";

/**
 * Tells the fast path of each query the pipeline validated and is about to run. onExecute is
 * reached only after parsing and validation passed, every limit included. A request the fast
 * path already ran gets that result instead of a second execution.
 */
export function useFastPathRecorder(fastPath: FastPath): Plugin {
  return {
    onExecute({ args, setExecuteFn }) {
      const context = args.contextValue as {
        req?: IncomingMessage;
        params?: { query?: string; operationName?: string | null };
      };
      if (!context.req || !context.params) return;
      const ran = fastPath.takeResult(context.req);
      if (ran) setExecuteFn(() => ran);
      if (getOperationAST(args.document, args.operationName)?.operation !== "query") return;
      fastPath.recordOperation(context.req, context.params, args.document);
    },
  };
}
