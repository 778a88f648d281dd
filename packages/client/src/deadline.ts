/** Why a call was cut short: the caller's signal, or the timeout. */
export type StopReason = "ABORTED" | "TIMEOUT";

/** One signal for fetch that fires on the caller's abort or on the timeout, whichever comes first. */
export interface Deadline {
  signal: AbortSignal;
  /** What fired first, once something has. */
  readonly stopped: StopReason | undefined;
  /** The caller's abort reason, or the timeout's. */
  readonly reason: unknown;
  /** Clears the timer and the listener; call it when the call settles. */
  dispose(): void;
}

// A controller and a timer rather than AbortSignal.any/timeout: it tells the two causes apart,
// clears its timer when the call ends, and runs in browsers that lack AbortSignal.any.
export function startDeadline(signal: AbortSignal | undefined, timeout: number): Deadline {
  const controller = new AbortController();
  let stopped: StopReason | undefined;
  let reason: unknown;
  const stop = (why: StopReason, cause: unknown) => {
    if (stopped) return;
    stopped = why;
    reason = cause;
    controller.abort(cause);
  };
  const onAbort = () => stop("ABORTED", signal?.reason);
  if (signal?.aborted) onAbort();
  else signal?.addEventListener("abort", onAbort, { once: true });
  // setTimeout takes at most 2^31-1 ms; anything longer (or Infinity) would fire at once.
  const timer =
    timeout > 0 && timeout <= 0x7fffffff
      ? setTimeout(
          () => stop("TIMEOUT", new DOMException(`timed out after ${timeout} ms`, "TimeoutError")),
          timeout,
        )
      : undefined;
  return {
    signal: controller.signal,
    get stopped() {
      return stopped;
    },
    get reason() {
      return reason;
    },
    dispose() {
      clearTimeout(timer);
      signal?.removeEventListener("abort", onAbort);
    },
  };
}
