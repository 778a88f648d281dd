// A failed request, said plainly: the API is down, or it refused what was asked (with its code).
import { ClientError } from "@nato-russia/client";
import type { ReactNode } from "react";

const UNREACHABLE = /^(NETWORK_ERROR|BAD_RESPONSE|HTTP_5\d\d)$/;

export function ErrorNotice({
  error,
  onRetry,
  children,
}: {
  error: unknown;
  onRetry?: () => void;
  /** More ways out, e.g. a link that clears the filters. */
  children?: ReactNode;
}) {
  const code = error instanceof ClientError ? error.code : undefined;
  const message = error instanceof Error ? error.message : String(error);
  const unreachable = code !== undefined && UNREACHABLE.test(code);
  return (
    <div role="alert" className="notice notice-error">
      <h2>{unreachable ? "The API is not answering" : "The API could not answer this request"}</h2>
      <p>
        {unreachable
          ? "The dashboard could not reach the gateway. Is it running? "
          : "Check the filters or the address. "}
        {code && <code>{code}</code>} {message}
      </p>
      <p className="actions">
        {onRetry && (
          <button type="button" onClick={onRetry}>
            Try again
          </button>
        )}
        {children}
      </p>
    </div>
  );
}
