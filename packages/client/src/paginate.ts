import type { CallOptions } from "./CallOptions.js";
import { ClientError } from "./ClientError.js";
import type { OperationResult, OperationVariables } from "./operations.js";
import type { TypedDocument } from "./TypedDocument.js";

/** How `allPages` and `paginate.*` walk a connection; a call's options apply to each page. */
export interface PageOptions extends CallOptions {
  /**
   * Items per request (the `first` variable), up to the API's 100; default the operation's own
   * page size (`OPERATION_PAGE_SIZES`), else `DEFAULT_PAGE_SIZE`.
   */
  pageSize?: number;
  /** Stop after this many items; default: every item. */
  limit?: number;
}

/** What a paginated result holds: the API's Relay connections, as the operations select them. */
export interface Connection<TNode> {
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  edges: readonly { node: TNode }[];
}

/** Variables of a paginated operation: `first` and `after` are the iterator's. */
export interface PageVariables {
  first?: number | null;
  after?: string | null;
}

export const DEFAULT_PAGE_SIZE = 100;

type Request = <TResult, TVariables>(
  document: TypedDocument<TResult, TVariables>,
  variables: TVariables,
  options: CallOptions,
) => Promise<TResult>;

/**
 * Every node of a connection, page after page, fetched as the loop asks for them. Stops at the
 * last page, after `limit` items, or when the loop breaks; fails like a call (TIMEOUT, ABORTED…).
 */
export async function* allPages<TResult, TVariables extends PageVariables, TNode>(
  request: Request,
  document: TypedDocument<TResult, TVariables>,
  variables: Omit<TVariables, "first" | "after"> & { after?: string | null },
  select: (data: TResult) => Connection<TNode> | null | undefined,
  { pageSize = DEFAULT_PAGE_SIZE, limit = Infinity, ...call }: PageOptions = {},
): AsyncGenerator<TNode, void, undefined> {
  let after = variables.after ?? null;
  let yielded = 0;
  while (yielded < limit) {
    const first = Math.min(pageSize, limit - yielded);
    const page = { ...variables, first, after } as TVariables;
    const connection = select(await request(document, page, call));
    if (!connection) return;
    for (const { node } of connection.edges) {
      yield node;
      if (++yielded >= limit) return;
    }
    const next = connection.pageInfo.endCursor;
    if (!connection.pageInfo.hasNextPage || !next) return;
    // A server that hands back the cursor it was given would loop for ever.
    if (next === after) throw new ClientError(`the cursor ${next} did not advance`, "BAD_RESPONSE");
    after = next;
  }
}

/** Where each paginated operation keeps its connection. */
export const connections = {
  timeline: (data: OperationResult<"timeline">) => data.events,
  actors: (data: OperationResult<"actors">) => data.actors,
  references: (data: OperationResult<"references">) => data.references,
  /** Every reference as BibTeX and CSL-JSON. */
  referenceExport: (data: OperationResult<"referenceExport">) => data.references,
  search: (data: OperationResult<"search">) => data.search,
  documents: (data: OperationResult<"documents">) => data.documents,
  /** The actor's events. */
  actorProfile: (data: OperationResult<"actorProfile">) => data.actor?.events,
};

type Paginated = typeof connections;

/**
 * Page sizes of the operations whose `$first` defaults below `DEFAULT_PAGE_SIZE`, because a
 * fuller page would cost more than the API allows (a test holds each to its operation's default).
 */
export const OPERATION_PAGE_SIZES: { readonly [K in keyof Paginated]?: number } = {
  documents: 50,
};

/** A paginated operation's variables without `first` (the page size is an option). */
type PageArgs<V> =
  Record<string, never> extends Omit<V, "first">
    ? [variables?: Omit<V, "first">, options?: PageOptions]
    : [variables: Omit<V, "first">, options?: PageOptions];

/** One async iterator per paginated operation, yielding its connection's nodes. */
export type PaginateMethods = {
  [K in keyof Paginated]: (
    ...args: PageArgs<OperationVariables<K>>
  ) => AsyncGenerator<NonNullable<ReturnType<Paginated[K]>>["edges"][number]["node"], void>;
};
