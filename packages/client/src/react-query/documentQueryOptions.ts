import {
  infiniteQueryOptions,
  queryOptions,
  type DataTag,
  type InfiniteData,
  type UseInfiniteQueryOptions,
  type UseQueryOptions,
} from "@tanstack/react-query";
import type { CallArgs, Client } from "../createClient.js";
import type { Connection, PageVariables } from "../paginate.js";
import type { TypedDocument } from "../TypedDocument.js";
import { queryKey, type OperationQueryKey } from "./queryKey.js";

// Named types rather than inferred ones: the published declarations must name every type.

/** `useQuery` options for one operation; the key carries the data's type. */
export type DocumentQueryOptions<TResult, TVariables> = UseQueryOptions<
  TResult,
  Error,
  TResult,
  OperationQueryKey<TVariables>
> & { queryKey: DataTag<OperationQueryKey<TVariables>, TResult, Error> };

/** An infinite query's key: the operation, its variables but `after`, and "pages". */
export type PagesQueryKey<TVariables> = readonly [
  operationName: string,
  variables: Omit<TVariables, "after">,
  pages: "pages",
];

/** The pages of an infinite query, and the cursor each started after (typed as TanStack does). */
export type Pages<TResult> = InfiniteData<TResult>;

/** `useInfiniteQuery` options for a connection; the page parameter is the `after` cursor. */
export type DocumentInfiniteQueryOptions<TResult, TVariables> = UseInfiniteQueryOptions<
  TResult,
  Error,
  Pages<TResult>,
  PagesQueryKey<TVariables>,
  string | undefined
> & { queryKey: DataTag<PagesQueryKey<TVariables>, Pages<TResult>, Error> };

/** `client.request` with variables that may be `{}` whatever the operation. */
function send<TResult, TVariables>(
  client: Client,
  document: TypedDocument<TResult, TVariables>,
  variables: TVariables,
  signal: AbortSignal,
): Promise<TResult> {
  const args = [variables, { signal }] as CallArgs<TVariables>;
  return client.request(document, ...args);
}

/**
 * Query options for one document: key `[operationName, variables]`; the query function passes
 * TanStack Query's signal, so a cancelled query stops its request.
 */
export function documentQueryOptions<TResult, TVariables>(
  client: Client,
  document: TypedDocument<TResult, TVariables>,
  variables: TVariables,
): DocumentQueryOptions<TResult, TVariables> {
  return queryOptions({
    queryKey: queryKey(document, variables),
    queryFn: ({ signal }) => send(client, document, variables, signal),
  });
}

/**
 * Infinite query options for a connection: each page asks for the one after the last page's
 * `endCursor`, until `hasNextPage` is false. Key `[operationName, variables, "pages"]`: its data
 * (the pages) differs from the single query's.
 */
export function documentInfiniteQueryOptions<TResult, TVariables extends PageVariables, TNode>(
  client: Client,
  document: TypedDocument<TResult, TVariables>,
  variables: Omit<TVariables, "after">,
  select: (data: TResult) => Connection<TNode> | null | undefined,
): DocumentInfiniteQueryOptions<TResult, TVariables> {
  return infiniteQueryOptions({
    queryKey: [...queryKey(document, variables), "pages"] as PagesQueryKey<TVariables>,
    queryFn: ({ pageParam, signal }) =>
      send(client, document, { ...variables, after: pageParam } as TVariables, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page: TResult) => {
      const { hasNextPage, endCursor } = select(page)?.pageInfo ?? {};
      return hasNextPage ? (endCursor ?? undefined) : undefined;
    },
  });
}
