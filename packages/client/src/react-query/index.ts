// @nato-russia/client/react-query: TanStack Query options for the client's operations. Apart
// from the core entry, so only apps that use TanStack Query load it (an optional peer dependency).
export {
  createQueryOptions,
  type OperationInfiniteQueryOptions,
  type OperationQueryOptions,
  type QueryOptionsFactory,
} from "./createQueryOptions.js";
export {
  documentInfiniteQueryOptions,
  documentQueryOptions,
  type DocumentInfiniteQueryOptions,
  type DocumentQueryOptions,
  type Pages,
  type PagesQueryKey,
} from "./documentQueryOptions.js";
export { queryKey, type OperationQueryKey } from "./queryKey.js";
