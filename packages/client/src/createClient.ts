import { DEFAULT_TIMEOUT, type CallOptions } from "./CallOptions.js";
import { ClientError } from "./ClientError.js";
import { startDeadline } from "./deadline.js";
import {
  operations,
  type OperationResult,
  type Operations,
  type OperationVariables,
} from "./operations.js";
import {
  allPages,
  connections,
  OPERATION_PAGE_SIZES,
  type Connection,
  type PageOptions,
  type PageVariables,
  type PaginateMethods,
} from "./paginate.js";
import { readResponse } from "./readResponse.js";
import { toParams } from "./toParams.js";
import { toRequest } from "./toRequest.js";
import { documentMeta, type TypedDocument } from "./TypedDocument.js";

export interface ClientOptions {
  /** The GraphQL endpoint, e.g. "http://localhost:4000/graphql". */
  url: string;
  /** A fetch implementation; defaults to the platform's (Node.js 20+, browsers). */
  fetch?: typeof globalThis.fetch;
  /** Extra headers for every request, or a function that returns them. */
  headers?: Record<string, string> | (() => Record<string, string>);
  /** "GET" sends queries in the URL so browsers and CDNs can cache them; default "POST". */
  method?: "GET" | "POST";
  /** Send only the hash of a generated document (the server must accept persisted operations). */
  persisted?: boolean;
  /** Milliseconds before a call fails with `TIMEOUT` (default 30000); 0 for none. */
  timeout?: number;
}

/** A call's arguments: its variables (optional when every variable is), then its options. */
export type CallArgs<V> =
  Record<string, never> extends V
    ? [variables?: V, options?: CallOptions]
    : [variables: V, options?: CallOptions];

/** One method per operation, typed from its generated document. */
export type OperationMethods = {
  [K in keyof Operations]: (
    ...args: CallArgs<OperationVariables<K>>
  ) => Promise<OperationResult<K>>;
};

/** Creates a typed client: one method per dashboard operation, plus `request` for any typed document. */
export function createClient(options: ClientOptions) {
  const doFetch = options.fetch ?? globalThis.fetch;
  if (typeof doFetch !== "function")
    throw new TypeError("no fetch: pass options.fetch on this platform");

  async function request<TResult, TVariables>(
    document: TypedDocument<TResult, TVariables>,
    ...[variables, call = {}]: CallArgs<TVariables>
  ): Promise<TResult> {
    const params = toParams(document, variables, options.persisted);
    const { url, init } = toRequest(params, {
      url: options.url,
      headers: typeof options.headers === "function" ? options.headers() : { ...options.headers },
      method: options.method ?? "POST",
      cacheable: documentMeta(document).operationType === "query",
    });
    const timeout = call.timeout ?? options.timeout ?? DEFAULT_TIMEOUT;
    const deadline = startDeadline(call.signal, timeout);
    try {
      if (deadline.stopped) throw deadline.reason;
      const response = await doFetch(url, { ...init, signal: deadline.signal });
      return await readResponse<TResult>(response);
    } catch (error) {
      // The abort surfaces as whatever fetch or the body reader throws; the deadline knows why.
      if (deadline.stopped === "TIMEOUT") {
        const message = `request to ${options.url} timed out after ${timeout} ms`;
        throw new ClientError(message, "TIMEOUT", [], undefined, undefined, { cause: error });
      }
      if (deadline.stopped === "ABORTED") {
        const message = `request to ${options.url} was aborted`;
        throw new ClientError(message, "ABORTED", [], undefined, undefined, {
          cause: deadline.reason,
        });
      }
      if (error instanceof ClientError) throw error;
      const reason = (error as Error).message;
      throw new ClientError(
        `request to ${options.url} failed: ${reason}`,
        "NETWORK_ERROR",
        [],
        undefined,
        undefined,
        { cause: error },
      );
    } finally {
      deadline.dispose();
    }
  }

  const methods = Object.fromEntries(
    Object.entries(operations).map(([name, document]) => [
      name,
      (...args: CallArgs<unknown>) => request(document as TypedDocument<unknown, unknown>, ...args),
    ]),
  ) as OperationMethods;

  type Request = Parameters<typeof allPages>[0];

  /** Every node of a connection of any typed document, page after page (see `paginate` for ours). */
  function allPagesOf<TResult, TVariables extends PageVariables, TNode>(
    document: TypedDocument<TResult, TVariables>,
    variables: Omit<TVariables, "first" | "after"> & { after?: string | null },
    select: (data: TResult) => Connection<TNode> | null | undefined,
    options?: PageOptions,
  ) {
    return allPages(request as Request, document, variables, select, options);
  }

  const paginate = Object.fromEntries(
    Object.entries(connections).map(([name, select]) => [
      name,
      (variables: object = {}, options?: PageOptions) =>
        allPages(
          request as Request,
          operations[name as keyof typeof connections] as TypedDocument<unknown, PageVariables>,
          variables,
          select as (data: unknown) => Connection<unknown>,
          {
            ...options,
            pageSize: options?.pageSize ?? OPERATION_PAGE_SIZES[name as keyof typeof connections],
          },
        ),
    ]),
  ) as PaginateMethods;

  return { request, allPages: allPagesOf, paginate, ...methods };
}

export type Client = ReturnType<typeof createClient>;
