// A query's three other states — loading, failed, empty — so no view is ever a blank page.
import type { ReactNode } from "react";
import { ErrorNotice } from "./ErrorNotice";
import { Loading } from "./Loading";

/** What QueryState reads of a query (a single or an infinite one, or one derived from them). */
export interface QueryLike<T> {
  isError: boolean;
  error: Error | null;
  data: T | undefined;
  refetch: () => Promise<unknown>;
}

export function QueryState<T>({
  query,
  what,
  isEmpty,
  empty,
  errorActions,
  children,
}: {
  query: QueryLike<T>;
  /** What is loading, e.g. "events". */
  what: string;
  isEmpty?: (data: T) => boolean;
  /** Shown when `isEmpty` says so. */
  empty?: ReactNode;
  errorActions?: ReactNode;
  children: (data: T) => ReactNode;
}) {
  if (query.isError && query.error)
    return (
      <ErrorNotice error={query.error} onRetry={() => void query.refetch()}>
        {errorActions}
      </ErrorNotice>
    );
  if (query.data === undefined) return <Loading what={what} />;
  if (isEmpty?.(query.data)) return <div className="notice">{empty}</div>;
  return <>{children(query.data)}</>;
}
