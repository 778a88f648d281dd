/** Options of one call, after its variables: `client.timeline(variables, { signal, timeout })`. */
export interface CallOptions {
  /** Aborts the call (TanStack Query passes one to every query function). */
  signal?: AbortSignal;
  /** Milliseconds before the call is given up, instead of the client's `timeout`; 0 for none. */
  timeout?: number;
}

/** The client's default timeout: long enough for a cold server, short enough that a view does not hang. */
export const DEFAULT_TIMEOUT = 30_000;
