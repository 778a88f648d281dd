/** Machine-readable reasons a query is rejected; the gateway passes them on as `extensions.code`. */
export type QueryErrorCode =
  | "UNKNOWN_SLUG"
  | "NOT_A_DOCUMENT"
  | "BAD_COUNTRY_CODE"
  | "BAD_DATE"
  | "BAD_RANGE"
  | "EMPTY_QUERY"
  | "QUERY_TOO_LONG";

/** A query the data cannot answer because its input is wrong. */
export class QueryError extends Error {
  override readonly name = "QueryError";
  constructor(
    readonly code: QueryErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}
