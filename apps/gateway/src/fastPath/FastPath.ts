import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";
import { Readable } from "node:stream";
import type { DocumentNode, ExecutionResult, GraphQLSchema } from "graphql";
import type { CostOf } from "../plugins/queryCost.js";
import type { CacheArea, CacheBudget } from "../cache/CacheBudget.js";
import { etagOf } from "../plugins/responseCache.js";
import { locateErrors } from "./locateErrors.js";
import { OperationCache } from "./OperationCache.js";
import { paramsFromJson, paramsFromUrl, type OperationParams } from "./operationParams.js";
import { readBody } from "./readBody.js";
import { createReply, headerTemplate, sendReply, type Reply } from "./Reply.js";
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
  /** The gateway's one cache budget, shared by replies, operations and header templates. */
  cache: CacheBudget;
  /** Compile validated operations with graphql-jit (otherwise graphql-js runs them). */
  jit: boolean;
  /** The cost analysis and its bound: variables change the cost of a validated document. */
  costOf: CostOf;
  maxCost: number;
  /** Larger answers go to the pipeline, which refuses them with RESPONSE_TOO_LARGE. */
  maxResponseBytes: number;
}

/** What the fast path learnt about a request it passed on, for the pipeline to record. */
interface Passed {
  key: string;
  params: OperationParams | undefined;
  /** What the fast path got when it ran the request: the pipeline answers it, never re-runs it. */
  result?: ExecutionResult;
}

/** A reply's body and headers (twice over for a 304's), as the cache budget counts them. */
const replyBytes = (reply: Reply) => reply.body.length + 2048;

const SUCCESS_TYPE = /^application\/(graphql-response\+)?json/i;

/**
 * Answers requests in the Node listener, before yoga, in two ways:
 * - a request identical to one the pipeline answered successfully (same method, URL, body and
 *   deciding headers: see replyKey) gets the same bytes, or 304 for a matching If-None-Match;
 * - a plain query whose document and operation name the pipeline validated and ran before
 *   (see OperationCache) runs at once with its own variables, within the cost bound; a result
 *   with errors, or over the response-size limit, is handed to the pipeline, which formats it
 *   as it formats every error without running the operation again.
 * Nothing is stored but what the full pipeline produced or accepted, so every limit (CSRF,
 * body size, depth, aliases, tokens, cost, directives, persisted-only mode) still decides: a
 * request the pipeline would refuse never matches anything here and is passed on to be refused.
 */
export class FastPath {
  private readonly replies: CacheArea<Reply>;
  private readonly operations: OperationCache;
  // Headers depend on a few request headers only; clients choose them, so they are budgeted too.
  private readonly templates: CacheArea<OutgoingHttpHeaders>;
  private readonly passed = new WeakMap<IncomingMessage, Passed>();

  constructor(private readonly options: FastPathOptions) {
    this.replies = options.cache.area("reply");
    this.templates = options.cache.area("headers");
    this.operations = new OperationCache(
      options.schema,
      options.cache.area("operation"),
      options.jit,
    );
  }

  /** Answers `req` from memory when it can; otherwise calls `next`, the full pipeline. */
  handle(req: IncomingMessage, res: ServerResponse, next: () => unknown): unknown {
    const url = req.url ?? "";
    const query = url.indexOf("?");
    if ((query < 0 ? url : url.slice(0, query)) !== this.options.endpoint) return next();
    if (req.method === "GET") {
      const params = () => (query < 0 ? undefined : paramsFromUrl(url));
      return this.answer(req, res, replyKey(req, ""), params, next);
    }
    if (req.method !== "POST" || !this.readsBody(req)) return next();
    return readBody(req).then(
      (bytes) => {
        const body = bytes.toString();
        const pipeline = () => {
          // The pipeline takes a body read before it from `req.body`, as behind body parsers.
          (req as IncomingMessage & { body?: unknown }).body = Readable.from([bytes]);
          return next();
        };
        return this.answer(req, res, replyKey(req, body), () => paramsFromJson(body), pipeline);
      },
      () => res.destroy(),
    );
  }

  /** A JSON body of a declared length within the limit; anything else streams to the pipeline. */
  private readsBody(req: IncomingMessage): boolean {
    const length = Number(req.headers["content-length"]);
    const type = req.headers["content-type"]?.split(";")[0]?.trim().toLowerCase();
    return (
      type === "application/json" &&
      length > 0 &&
      length <= this.options.maxBodyBytes &&
      req.headers["transfer-encoding"] === undefined &&
      req.headers["content-encoding"] === undefined
    );
  }

  private answer(
    req: IncomingMessage,
    res: ServerResponse,
    key: string,
    readParams: () => OperationParams | undefined,
    next: () => unknown,
  ): unknown {
    const reply = this.replies.get(key);
    if (reply) return sendReply(req, res, reply);
    const params = readParams();
    const passed: Passed = { key, params };
    this.passed.set(req, passed);
    const operation = params && this.operations.get(params.query, params.operationName);
    const template = operation && this.templates.get(headerShape(req));
    if (!operation || !template) return next();
    const cost = this.options.costOf(operation.document, params.operationName, params.variables);
    if (cost === undefined || cost === "TOO_COMPLEX" || cost > this.options.maxCost) return next();

    const handOff = (result: ExecutionResult): unknown => {
      passed.result = locateErrors(result, operation.document, params.operationName);
      return next();
    };
    const finish = (result: ExecutionResult): unknown => {
      if (result.errors?.length || !result.data) return handOff(result);
      const body = JSON.stringify({ data: result.data });
      if (Buffer.byteLength(body) > this.options.maxResponseBytes) return handOff(result);
      const etag = req.method === "GET" ? etagOf(this.options.version, body) : undefined;
      const fresh = createReply(template, body, etag);
      this.replies.set(key, fresh, replyBytes(fresh));
      return sendReply(req, res, fresh);
    };
    let result: ExecutionResult | Promise<ExecutionResult>;
    try {
      result = operation.run(this.options.context(), params.variables);
    } catch {
      return next(); // graphql-jit itself failed: the pipeline runs it with graphql-js
    }
    return result instanceof Promise ? result.then(finish, () => next()) : finish(result);
  }

  /** The result the fast path already got for `req`, taken once, for the pipeline to answer. */
  takeResult(req: IncomingMessage): ExecutionResult | undefined {
    const passed = this.passed.get(req);
    const result = passed?.result;
    if (passed) passed.result = undefined;
    return result;
  }

  /** The pipeline validated `document` and is about to run it as a query for `req`. */
  recordOperation(
    req: IncomingMessage,
    sent: { query?: string; operationName?: string | null },
    document: DocumentNode,
  ): void {
    const params = this.passed.get(req)?.params;
    // Only what this request's client sent as text: never a document the pipeline looked up.
    if (!params || sent.query !== params.query) return;
    if ((sent.operationName ?? undefined) !== params.operationName) return;
    this.operations.add(params.query, params.operationName, document);
  }

  /** The pipeline answered `req` successfully with `body`: keep the reply and its headers. */
  recordReply(
    req: IncomingMessage | undefined,
    headers: Headers,
    body: string,
    etag: string,
  ): void {
    const passed = req && this.passed.get(req);
    if (!req || !passed || !SUCCESS_TYPE.test(headers.get("content-type") ?? "")) return;
    const template = headerTemplate(headers);
    this.templates.set(headerShape(req), template, JSON.stringify(template).length * 2);
    const reply = createReply(template, body, req.method === "GET" ? etag : undefined);
    this.replies.set(passed.key, reply, replyBytes(reply));
  }
}
