import { QueryClient } from "@tanstack/react-query";

/**
 * A dataset release never changes, so answers stay fresh for the whole visit and a view the
 * reader comes back to shows at once. Failures are shown, with a button to try again, rather
 * than retried behind a spinner.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { staleTime: Infinity, retry: false, refetchOnWindowFocus: false },
    },
  });
}
