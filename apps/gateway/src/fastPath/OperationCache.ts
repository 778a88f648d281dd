import { execute, type DocumentNode, type ExecutionResult, type GraphQLSchema } from "graphql";
import { compileQuery, isCompiledQuery } from "graphql-jit";
import { LruCache } from "../plugins/LruCache.js";

/** Runs one validated operation with a context and variables. */
export type Executor = (
  context: object,
  variables: Record<string, unknown> | undefined,
) => ExecutionResult | Promise<ExecutionResult>;

interface Operation {
  document: DocumentNode;
  operationName: string | undefined;
  run?: Executor;
}

/**
 * Operations that passed the full pipeline (parsing, validation, every limit), keyed by the
 * document text and operation name the client sent. Validation depends on nothing else, so any
 * later request with the same text and name may run at once, with its own variables. Each is
 * compiled (graphql-jit) when the fast path first runs it: a document seen once is never compiled.
 */
export class OperationCache {
  private readonly entries: LruCache<Operation>;

  constructor(
    private readonly schema: GraphQLSchema,
    maxEntries: number,
    maxBytes: number,
    private readonly jit: boolean,
  ) {
    this.entries = new LruCache(maxEntries, maxBytes);
  }

  /** Keeps a document the pipeline validated and executed as a query. */
  add(query: string, operationName: string | undefined, document: DocumentNode): void {
    const key = `${operationName ?? ""}\n${query}`;
    if (this.entries.get(key)) return;
    // The parsed document is several times the size of its text.
    this.entries.set(key, { document, operationName }, query.length * 8);
  }

  /** The executor of a validated operation, or undefined when the pipeline has not seen it. */
  executor(query: string, operationName: string | undefined): Executor | undefined {
    const operation = this.entries.get(`${operationName ?? ""}\n${query}`);
    if (!operation) return undefined;
    operation.run ??= this.compile(operation);
    return operation.run;
  }

  private compile({ document, operationName }: Operation): Executor {
    let compiled: ReturnType<typeof compileQuery<Record<string, unknown>>> | undefined;
    try {
      if (this.jit) compiled = compileQuery(this.schema, document, operationName);
    } catch {
      compiled = undefined;
    }
    if (compiled && isCompiledQuery(compiled)) {
      return (context, variables) => compiled.query(undefined, context, variables ?? {});
    }
    // graphql-jit declines a few documents; graphql-js runs those.
    const { schema } = this;
    return (contextValue, variableValues) =>
      execute({ schema, document, operationName, contextValue, variableValues });
  }
}
