// Compression of API answers on Node: brotli or gzip as the client accepts, above a size
// threshold. On Workers the platform compresses, and a CDN compresses in front of any runtime.
import { brotliCompress, constants, gzip } from "node:zlib";

export type Encoding = "br" | "gzip";

/** Content types worth compressing: JSON answers and GraphiQL's page. */
export const COMPRESSIBLE_TYPE = /^(application\/(graphql-response\+)?json|text\/html)/i;

/**
 * The encoding to answer a request with: of brotli and gzip, the one its Accept-Encoding
 * weighs highest (`q`), brotli on a tie; `*` stands for either when not named; q=0 refuses.
 */
export function negotiateEncoding(header: string | null | undefined): Encoding | undefined {
  if (!header) return undefined;
  const weights: Partial<Record<Encoding | "*", number>> = {};
  for (const part of header.toLowerCase().split(",")) {
    const [token = "", ...params] = part.split(";").map((piece) => piece.trim());
    const name = token === "x-gzip" ? "gzip" : token;
    if (name !== "br" && name !== "gzip" && name !== "*") continue;
    const q = params.map((p) => /^q\s*=\s*([01](\.\d{0,3})?)$/.exec(p)?.[1]).find(Boolean);
    weights[name] = q === undefined ? 1 : Number(q);
  }
  const br = weights.br ?? weights["*"] ?? 0;
  const gz = weights.gzip ?? weights["*"] ?? 0;
  if (br <= 0 && gz <= 0) return undefined;
  return br >= gz ? "br" : "gzip";
}

export interface Compressor {
  /** Bodies smaller than this are sent as they are: compression would save next to nothing. */
  readonly minBytes: number;
  /** The body compressed, off the main thread (zlib's thread pool). */
  compress(body: Uint8Array, encoding: Encoding): Promise<Buffer>;
}

/**
 * A compressor for answers made per request. Brotli at quality 5 compresses JSON within a few
 * per cent of quality 11 at a small fraction of the time; gzip at zlib's default level 6.
 * `onCompressed` hears of every compression (the gateway logs it at debug level).
 */
export function createCompressor(
  minBytes: number,
  onCompressed?: (encoding: Encoding, from: number, to: number) => void,
): Compressor {
  const run = (body: Uint8Array, encoding: Encoding) =>
    new Promise<Buffer>((resolve, reject) => {
      const done = (error: Error | null, result: Buffer) =>
        error ? reject(error) : resolve(result);
      if (encoding === "gzip") gzip(body, done);
      else
        brotliCompress(
          body,
          {
            params: {
              [constants.BROTLI_PARAM_QUALITY]: 5,
              [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
              [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
            },
          },
          done,
        );
    });
  return {
    minBytes,
    async compress(body, encoding) {
      const result = await run(body, encoding);
      onCompressed?.(encoding, body.length, result.length);
      return result;
    },
  };
}
