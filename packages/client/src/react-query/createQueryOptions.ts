import type { Client } from "../createClient.js";
import {
  operations,
  type OperationName,
  type OperationResult,
  type OperationVariables,
} from "../operations.js";
import { connections, type Connection, type PageVariables } from "../paginate.js";
import type { TypedDocument } from "../TypedDocument.js";
import {
  documentInfiniteQueryOptions,
  documentQueryOptions,
  type DocumentInfiniteQueryOptions,
  type DocumentQueryOptions,
} from "./documentQueryOptions.js";

type Paginated = typeof connections;

/** Variables are optional when every variable of the operation is. */
type QueryArgs<V> = Record<string, never> extends V ? [variables?: V] : [variables: V];

/** Query options per operation, keyed `[operationName, variables]`. */
export type OperationQueryOptions = {
  [K in OperationName]: (
    ...args: QueryArgs<OperationVariables<K>>
  ) => DocumentQueryOptions<OperationResult<K>, OperationVariables<K>>;
};

/** Infinite query options per paginated operation; `after` is the page parameter. */
export type OperationInfiniteQueryOptions = {
  [K in keyof Paginated]: (
    ...args: QueryArgs<Omit<OperationVariables<K>, "after">>
  ) => DocumentInfiniteQueryOptions<OperationResult<K>, OperationVariables<K>>;
};

/** What `createQueryOptions` returns. */
export type QueryOptionsFactory = OperationQueryOptions & {
  infinite: OperationInfiniteQueryOptions;
  /** Query options for any typed document with an operation name in its `__meta__`. */
  request<TResult, TVariables>(
    document: TypedDocument<TResult, TVariables>,
    variables: TVariables,
  ): DocumentQueryOptions<TResult, TVariables>;
};

/**
 * TanStack Query options for every operation of `client`, for `useQuery`, `useQueries`,
 * `useSuspenseQuery`, `queryClient.fetchQuery`…; `infinite.*` for `useInfiniteQuery`;
 * `request(document, variables)` for a document of your own.
 */
export function createQueryOptions(client: Client): QueryOptionsFactory {
  const single = Object.fromEntries(
    Object.entries(operations).map(([name, document]) => [
      name,
      (variables: object = {}) =>
        documentQueryOptions(client, document as TypedDocument<unknown, object>, variables),
    ]),
  ) as unknown as OperationQueryOptions;
  const infinite = Object.fromEntries(
    Object.entries(connections).map(([name, select]) => [
      name,
      (variables: object = {}) =>
        documentInfiniteQueryOptions(
          client,
          operations[name as keyof Paginated] as TypedDocument<unknown, PageVariables>,
          variables,
          select as (data: unknown) => Connection<unknown>,
        ),
    ]),
  ) as unknown as OperationInfiniteQueryOptions;
  return {
    ...single,
    infinite,
    request: (document, variables) => documentQueryOptions(client, document, variables),
  };
}
