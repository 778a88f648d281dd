import type { IncomingMessage, ServerResponse } from "node:http";

const BODY = JSON.stringify({
  errors: [{ message: "the Host header is not a host name", extensions: { code: "BAD_REQUEST" } }],
});

/**
 * Answers 400 BAD_REQUEST when the Host header cannot be part of a URL ("undefined:undefined"):
 * the pipeline builds the request's URL from it, and would otherwise fail with a 500.
 * Node itself already refuses a request with no Host at all.
 */
export function refuseBadHost(req: IncomingMessage, res: ServerResponse): boolean {
  const host = req.headers.host;
  if (host === undefined || URL.canParse(`http://${host}/`)) return false;
  res.writeHead(400, {
    "content-type": "application/json; charset=utf-8",
    "content-length": Buffer.byteLength(BODY),
  });
  res.end(BODY);
  return true;
}
