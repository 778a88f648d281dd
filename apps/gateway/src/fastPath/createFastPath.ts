import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";
import { Readable } from "node:stream";
import { getOperationAST, type ExecutionResult, type GraphQLSchema } from "graphql";
import type { Plugin } from "graphql-yoga";
import type { CacheArea, CacheBudget } from "../cache/CacheBudget.js";
import { COST_HEADER } from "../http/costHeaders.js";
import { negotiateEncoding, type Compressor, type Encoding } from "../http/compression.js";
import { etagOf } from "../http/etag.js";
import type { CostOf } from "../plugins/queryCost.js";
import { successBody } from "../plugins/responseSize.js";
import { locateErrors } from "./locateErrors.js";
import { OperationCache } from "./OperationCache.js";
import { paramsFromJson, paramsFromUrl, type OperationParams } from "./operationParams.js";
import { readBody } from "./readBody.js";
import {
  createReply,
  encodedVariant,
  headerTemplate,
  notModified,
  sendReply,
  type Reply,
  type Variant,
} from "./Reply.js";
import { headerShape, replyKey } from "./requestKeys.js";

export interface FastPathOptions {
  schema: GraphQLSchema;
  /** A fresh resolver context, as the pipeline builds one per request. */
  context: () => object;
  /** The dataset version, part of every ETag. */
  version: string;
  /** Path of the GraphQL endpoint; other paths go straight to the pipeline. */
  endpoint: string;
  /** Bodies up to this size are read here; larger ones go to the pipeline, which refuses them. */
  maxBodyBytes: number;
  /** The gateway's one cache budget: replies, operations and header templates draw on it. */
  cache: CacheBudget;
  /** Compile validated operations with graphql-jit (otherwise graphql-js runs them). */
  jit: boolean;
  /** The cost analysis and its bound: variables change the cost of a validated document. */
  costOf: CostOf;
  maxCost: number;
  /** Larger answers go to the pipeline, which refuses them with RESPONSE_TOO_LARGE. */
  maxResponseBytes: number;
  /** Compresses replies for clients that accept it; each encoding once per reply. */
  compressor?: Compressor;
}

/** What the listener tells the pipeline about a request it passes on: yoga's server context. */
export interface FastPathContext {
  fastPath: {
    /** The reply key (see replyKey); empty for a request the fast path does not keep. */
    key: string;
    /** What the answer's headers depend on (see headerShape). */
    shape: string;
    params: OperationParams | undefined;
    /** What the fast path got when it ran the request: the pipeline answers it, never re-runs it. */
    result?: ExecutionResult;
    /** The answer's bytes, once the pipeline has serialized a plain success. */
    body?: string;
    /** The reply kept from this request's answer, whose compressed bodies are kept with it. */
    reply?: Reply;
  };
}

/** The pipeline behind the fast path: yoga's Node handler, given the fast path's context. */
type Pipeline = (req: IncomingMessage, res: ServerResponse, context: FastPathContext) => unknown;

const UNKEPT: FastPathContext = { fastPath: { key: "", shape: "", params: undefined } };
const SUCCESS_TYPE = /^application\/(graphql-response\+)?json/i;
/** A reply's bodies and headers (twice over for a 304's), as the cache budget counts them. */
const replyBytes = (reply: Reply) =>
  reply.body.length +
  2048 +
  Object.values(reply.encoded).reduce((sum, variant) => sum + variant.body.length + 512, 0);

/**
 * The Node listener's fast path, in front of yoga. It answers in two ways:
 * - a request identical to one the pipeline answered successfully (same method, URL, body and
 *   deciding headers: see replyKey) gets the same bytes, or 304 for a matching If-None-Match;
 * - a plain query whose document and operation name the pipeline validated and ran before
 *   (see OperationCache) runs at once with its own variables, within the cost bound; a result
 *   with errors, or over the size limit, is handed to the pipeline, which formats it as it
 *   formats every error without running the operation again.
 * Nothing is stored but what the full pipeline produced or accepted, so every limit (CSRF, body
 * size, depth, aliases, tokens, cost, directives, persisted-only mode) still decides.
 *
 * `plugin` is the one yoga plugin that records what the pipeline did; it reads the request's
 * FastPathContext, which `listener` passes to yoga as its server context.
 */
export function createFastPath(options: FastPathOptions) {
  const replies: CacheArea<Reply> = options.cache.area("reply");
  // Headers depend on a few request headers only; clients choose them, so they are budgeted too.
  const templates: CacheArea<OutgoingHttpHeaders> = options.cache.area("headers");
  const operations = new OperationCache(
    options.schema,
    options.cache.area("operation"),
    options.jit,
  );

  const compressor = options.compressor;

  /**
   * The reply in `encoding`, compressed once and kept with it, its budget entry grown to match:
   * a repeated request costs no compression.
   */
  function encoded(key: string, reply: Reply, encoding: Encoding): Promise<Variant> {
    let pending = reply.encoding[encoding];
    if (!pending) {
      pending = compressor!.compress(reply.body, encoding).then((body) => {
        const variant = encodedVariant(reply, encoding, body);
        reply.encoded[encoding] = variant;
        delete reply.encoding[encoding];
        if (replies.get(key) === reply) replies.set(key, reply, replyBytes(reply));
        return variant;
      });
      reply.encoding[encoding] = pending;
      // Compression failing (never seen) leaves the reply as it was, identity only.
      pending.catch(() => delete reply.encoding[encoding]);
    }
    return pending;
  }

  /** The encoding a request gets `reply` in, if any: accepted, and worth compressing. */
  const encodingFor = (req: IncomingMessage, reply: Reply) =>
    compressor && reply.body.length >= compressor.minBytes && !notModified(req, reply)
      ? negotiateEncoding(req.headers["accept-encoding"])
      : undefined;

  /** Sends a reply, compressed when the client accepts it. */
  function send(req: IncomingMessage, res: ServerResponse, key: string, reply: Reply): unknown {
    const encoding = encodingFor(req, reply);
    if (!encoding) return sendReply(req, res, reply);
    const variant = reply.encoded[encoding];
    if (variant) return sendReply(req, res, reply, variant);
    return encoded(key, reply, encoding).then(
      (fresh) => sendReply(req, res, reply, fresh),
      () => sendReply(req, res, reply),
    );
  }

  /** A JSON body of a declared length within the limit; anything else streams to the pipeline. */
  const readsBody = (req: IncomingMessage) => {
    const length = Number(req.headers["content-length"]);
    const type = req.headers["content-type"]?.split(";")[0]?.trim().toLowerCase();
    return (
      type === "application/json" &&
      length > 0 &&
      length <= options.maxBodyBytes &&
      req.headers["transfer-encoding"] === undefined &&
      req.headers["content-encoding"] === undefined
    );
  };

  function answer(
    req: IncomingMessage,
    res: ServerResponse,
    key: string,
    readParams: () => OperationParams | undefined,
    pipeline: (context: FastPathContext) => unknown,
  ): unknown {
    const reply = replies.get(key);
    if (reply) return send(req, res, key, reply);
    const passed: FastPathContext["fastPath"] = {
      key,
      shape: headerShape(req),
      params: readParams(),
    };
    const next = () => pipeline({ fastPath: passed });
    const { params } = passed;
    const operation = params && operations.get(params.query, params.operationName);
    const template = operation && templates.get(headerShape(req));
    if (!operation || !template) return next();
    const cost = options.costOf(operation.document, params.operationName, params.variables);
    if (cost === undefined || cost === "TOO_COMPLEX" || cost > options.maxCost) return next();

    const handOff = (result: ExecutionResult) => {
      passed.result = locateErrors(result, operation.document, params.operationName);
      return next();
    };
    const finish = (result: ExecutionResult): unknown => {
      if (result.errors?.length || !result.data) return handOff(result);
      const body = JSON.stringify({ data: result.data });
      if (Buffer.byteLength(body) > options.maxResponseBytes) return handOff(result);
      const etag = req.method === "GET" ? etagOf(options.version, body) : undefined;
      // The template is shared by every operation of this request shape: the cost is this one's.
      const fresh = createReply({ ...template, [COST_HEADER]: String(cost) }, body, etag);
      replies.set(key, fresh, replyBytes(fresh));
      return send(req, res, key, fresh);
    };
    let result: ExecutionResult | Promise<ExecutionResult>;
    try {
      result = operation.run(options.context(), params.variables);
    } catch {
      return next(); // graphql-jit itself failed: the pipeline runs it with graphql-js
    }
    return result instanceof Promise ? result.then(finish, () => next()) : finish(result);
  }

  /** The Node request listener: the fast path, then yoga. */
  const listener = (handle: Pipeline) => (req: IncomingMessage, res: ServerResponse) => {
    const pipeline = (context: FastPathContext) => handle(req, res, context);
    const url = req.url ?? "";
    const query = url.indexOf("?");
    if ((query < 0 ? url : url.slice(0, query)) !== options.endpoint) return pipeline(UNKEPT);
    if (req.method === "GET") {
      const params = () => (query < 0 ? undefined : paramsFromUrl(url));
      return answer(req, res, replyKey(req, ""), params, pipeline);
    }
    if (req.method !== "POST" || !readsBody(req)) return pipeline(UNKEPT);
    return readBody(req).then(
      (bytes) => {
        const body = bytes.toString();
        const withBody = (context: FastPathContext) => {
          // The pipeline takes a body read before it from `req.body`, as behind body parsers.
          (req as IncomingMessage & { body?: unknown }).body = Readable.from([bytes]);
          return pipeline(context);
        };
        return answer(req, res, replyKey(req, body), () => paramsFromJson(body), withBody);
      },
      () => res.destroy(),
    );
  };

  // Plugin order matters (see createGateway): this runs after useCacheHeaders has set the
  // ETag and before useNotModified may turn the answer into a 304.
  const plugin: Plugin = {
    onExecute({ args, setExecuteFn }) {
      const { fastPath, params } = args.contextValue as Partial<FastPathContext> & {
        params?: { query?: string; operationName?: string | null };
      };
      if (!fastPath?.key) return;
      // A request the fast path already ran: its result, not a second execution.
      const ran = fastPath.result;
      fastPath.result = undefined;
      if (ran) setExecuteFn(() => ran);
      // Only what this request's client sent as text: never a document the pipeline looked up.
      const sent = fastPath.params;
      if (!sent || params?.query !== sent.query) return;
      if ((params.operationName ?? undefined) !== sent.operationName) return;
      if (getOperationAST(args.document, args.operationName)?.operation !== "query") return;
      operations.add(sent.query, sent.operationName, args.document);
    },
    onExecutionResult({ result, context }) {
      const fastPath = (context as Partial<FastPathContext>).fastPath;
      const body = fastPath?.key ? successBody(result) : undefined;
      if (body !== undefined) fastPath!.body = body;
    },
    onResponse({ response, serverContext }) {
      const fastPath = (serverContext as Partial<FastPathContext> | undefined)?.fastPath;
      if (!fastPath?.key || fastPath.body === undefined || response.status !== 200) return;
      if (!SUCCESS_TYPE.test(response.headers.get("content-type") ?? "")) return;
      const template = headerTemplate(response.headers);
      templates.set(fastPath.shape, template, JSON.stringify(template).length * 2);
      const reply = createReply(template, fastPath.body, response.headers.get("etag") ?? undefined);
      replies.set(fastPath.key, reply, replyBytes(reply));
      fastPath.reply = reply;
    },
  };

  /**
   * For the compression plugin: the compressed body of the reply kept from this request's
   * answer, so that the pipeline's answer and every repeat share one compression.
   */
  const encodedReply = (serverContext: unknown, encoding: Encoding) => {
    const fastPath = (serverContext as Partial<FastPathContext> | undefined)?.fastPath;
    if (!compressor || !fastPath?.reply) return undefined;
    return encoded(fastPath.key, fastPath.reply, encoding).then((variant) => variant.body);
  };

  return { plugin, listener, encodedReply };
}
