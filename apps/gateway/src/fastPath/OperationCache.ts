import { execute, type DocumentNode, type ExecutionResult, type GraphQLSchema } from "graphql";
import { compileQuery, isCompiledQuery } from "graphql-jit";
import { documentBytes, type CacheArea } from "../cache/CacheBudget.js";

/** Runs one validated operation with a context and variables. */
export type Executor = (
  context: object,
  variables: Record<string, unknown> | undefined,
) => ExecutionResult | Promise<ExecutionResult>;

interface Entry {
  document: DocumentNode;
  operationName: string | undefined;
  run?: Executor;
}

/** A validated operation, ready to run. */
export interface Operation {
  document: DocumentNode;
  run: Executor;
}

/**
 * Operations that passed the full pipeline (parsing, validation, every limit), keyed by the
 * document text and operation name the client sent. Validation depends on nothing else, so any
 * later request with the same text and name may run at once, with its own variables. Each is
 * compiled (graphql-jit) when the fast path first runs it: a document seen once is never compiled.
 */
export class OperationCache {
  constructor(
    private readonly schema: GraphQLSchema,
    private readonly entries: CacheArea<Entry>,
    private readonly jit: boolean,
  ) {}

  /** Keeps a document the pipeline validated and executed as a query. */
  add(query: string, operationName: string | undefined, document: DocumentNode): void {
    const key = `${operationName ?? ""}\n${query}`;
    if (this.entries.get(key)) return;
    // The document, and room for the code graphql-jit compiles from it (some 2 kB measured,
    // more once V8 has compiled the function).
    this.entries.set(key, { document, operationName }, documentBytes(query, document) + 16_384);
  }

  /** A validated operation and its executor, or undefined when the pipeline has not seen it. */
  get(query: string, operationName: string | undefined): Operation | undefined {
    const entry = this.entries.get(`${operationName ?? ""}\n${query}`);
    if (!entry) return undefined;
    entry.run ??= this.compile(entry);
    return { document: entry.document, run: entry.run };
  }

  private compile({ document, operationName }: Entry): Executor {
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
