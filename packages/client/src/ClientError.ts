/** A GraphQL error as the server sends it. */
export interface GraphQLErrorPayload {
  message: string;
  path?: readonly (string | number)[];
  extensions?: { code?: string; [key: string]: unknown };
}

/**
 * The client's own codes, beside the server's `extensions.code` (`BAD_DATE`, `UNKNOWN_SLUG`, …):
 * `HTTP_<status>` an HTTP error without GraphQL errors, `NETWORK_ERROR` no response,
 * `BAD_RESPONSE` a body that is not GraphQL, `TIMEOUT` the call's timeout passed,
 * `ABORTED` the caller's `signal` aborted it.
 */
export type ClientErrorCode =
  `HTTP_${number}` | "NETWORK_ERROR" | "BAD_RESPONSE" | "TIMEOUT" | "ABORTED" | "GRAPHQL_ERROR";

/**
 * Every failure of a request, one class: GraphQL errors (code from `extensions.code`),
 * HTTP failures (`HTTP_<status>`), network failures (`NETWORK_ERROR`), unreadable
 * responses (`BAD_RESPONSE`), timeouts (`TIMEOUT`) and aborted calls (`ABORTED`).
 */
export class ClientError extends Error {
  override readonly name = "ClientError";
  constructor(
    message: string,
    /** `extensions.code` of the first GraphQL error, or one of the client's own codes. */
    readonly code: ClientErrorCode | (string & {}),
    /** Every GraphQL error the server returned (empty for HTTP and network failures). */
    readonly errors: readonly GraphQLErrorPayload[] = [],
    /** HTTP status, when a response arrived. */
    readonly status?: number,
    /** Partial data the server returned beside its errors, if any. */
    readonly data?: unknown,
    /** What went wrong underneath: the fetch error, or the abort signal's reason. */
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
