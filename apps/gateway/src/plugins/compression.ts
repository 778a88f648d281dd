import { createHash } from "node:crypto";
import type { Plugin } from "graphql-yoga";
import type { CacheArea } from "../cache/CacheBudget.js";
import {
  COMPRESSIBLE_TYPE,
  negotiateEncoding,
  type Compressor,
  type Encoding,
} from "../http/compression.js";

/** Bodies this large are kept compressed by their hash: GraphiQL's 9 MB page, mostly. */
const KEPT_FROM_BYTES = 64 * 1024;

export interface CompressionOptions {
  /** Where large compressed bodies are kept (the gateway's one cache budget). */
  cache: CacheArea<Buffer>;
  /** The fast path's compressed copy of this request's reply, when it kept one. */
  encodedReply?: (serverContext: unknown, encoding: Encoding) => Promise<Buffer> | undefined;
}

/**
 * Compresses the pipeline's answers (Node runtime) when the client accepts brotli or gzip and
 * the body reaches the compressor's threshold. Runs last, after any 304. A success the fast
 * path keeps is compressed once, for this answer and every repeat; large bodies (GraphiQL) are
 * kept compressed by their hash; other answers (errors, mostly small) are compressed each time.
 */
export function useCompression(compressor: Compressor, options: CompressionOptions): Plugin {
  const compressed = async (body: Uint8Array, encoding: Encoding) => {
    if (body.length < KEPT_FROM_BYTES) return compressor.compress(body, encoding);
    const key = `${encoding}\n${createHash("sha1").update(body).digest("base64")}`;
    const kept = options.cache.get(key);
    if (kept) return kept;
    const fresh = await compressor.compress(body, encoding);
    options.cache.set(key, fresh, fresh.length);
    return fresh;
  };
  return {
    async onResponse({ request, response, serverContext, setResponse, fetchAPI }) {
      if (response.status === 304 || response.status === 204 || !response.body) return;
      if (response.headers.has("content-encoding")) return;
      if (!COMPRESSIBLE_TYPE.test(response.headers.get("content-type") ?? "")) return;
      const declared = Number(response.headers.get("content-length") ?? NaN);
      if (declared < compressor.minBytes) return;
      const encoding = negotiateEncoding(request.headers.get("accept-encoding"));
      if (!encoding) return;
      let bytes = options.encodedReply?.(serverContext, encoding);
      if (!bytes) {
        const body = new Uint8Array(await response.arrayBuffer());
        if (body.length < compressor.minBytes) {
          setResponse(new fetchAPI.Response(body, response)); // the body was read: send it again
          return;
        }
        bytes = compressed(body, encoding);
      }
      const body = await bytes;
      const headers = new fetchAPI.Headers(response.headers);
      headers.set("content-encoding", encoding);
      headers.set("content-length", String(body.length));
      // A copy the Fetch API's types accept (a Buffer may sit on a shared ArrayBuffer).
      setResponse(
        new fetchAPI.Response(new Uint8Array(body), { status: response.status, headers }),
      );
    },
  };
}
