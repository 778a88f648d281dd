/** A GraphQL error as the server sends it. */
export interface GraphQLErrorPayload {
  message: string;
  path?: readonly (string | number)[];
  extensions?: { code?: string; [key: string]: unknown };
}

/**
 * Every failure of a request, one class: GraphQL errors (code from `extensions.code`),
 * HTTP failures (`HTTP_<status>`), network failures (`NETWORK_ERROR`) and unreadable
 * responses (`BAD_RESPONSE`).
 */
export class ClientError extends Error {
  override readonly name = "ClientError";
  constructor(
    message: string,
    /** `extensions.code` of the first GraphQL error, or HTTP_<status>, NETWORK_ERROR, BAD_RESPONSE. */
    readonly code: string,
    /** Every GraphQL error the server returned (empty for HTTP and network failures). */
    readonly errors: readonly GraphQLErrorPayload[] = [],
    /** HTTP status, when a response arrived. */
    readonly status?: number,
    /** Partial data the server returned beside its errors, if any. */
    readonly data?: unknown,
  ) {
    super(message);
  }
}
