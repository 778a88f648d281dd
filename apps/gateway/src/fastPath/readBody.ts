import type { IncomingMessage } from "node:http";

/**
 * The whole body of a request whose length the caller has bounded. (node:stream/consumers'
 * `buffer` goes through a Blob, which costs more than the rest of a cached answer.)
 */
export function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => resolve(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks)));
    req.on("error", reject);
    req.on("aborted", () => reject(new Error("request aborted")));
  });
}
