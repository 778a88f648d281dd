import { useCallback, useMemo } from "react";
import { useSearchParams } from "react-router";
import { filtersFromParams, paramsWithFilters, type Filters } from "./urlFilters";

/** The URL's filters, and a setter that pushes a history entry (so Back undoes a change). */
export function useFilters(): [Filters, (next: Filters) => void] {
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => filtersFromParams(params), [params]);
  const setFilters = useCallback(
    (next: Filters) => setParams((current) => paramsWithFilters(current, next)),
    [setParams],
  );
  return [filters, setFilters];
}
