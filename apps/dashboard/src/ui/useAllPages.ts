// Every page of a connection: TanStack Query's infinite query, asking for the next page as soon
// as one arrives, so a view shows the whole list however many pages it takes.
import {
  useInfiniteQuery,
  type InfiniteData,
  type QueryKey,
  type UseInfiniteQueryOptions,
  type UseInfiniteQueryResult,
} from "@tanstack/react-query";
import { useEffect } from "react";

export function useAllPages<TPage, TKey extends QueryKey>(
  options: UseInfiniteQueryOptions<TPage, Error, InfiniteData<TPage>, TKey, string | undefined>,
): UseInfiniteQueryResult<InfiniteData<TPage>> & { complete: boolean } {
  const query = useInfiniteQuery(options);
  const { hasNextPage, isFetchingNextPage, isError, fetchNextPage } = query;
  useEffect(() => {
    if (hasNextPage && !isFetchingNextPage && !isError) void fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, isError, fetchNextPage]);
  return Object.assign(query, { complete: query.data !== undefined && !hasNextPage });
}
