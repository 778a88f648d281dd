import type { IncomingMessage, ServerResponse } from "node:http";
import type { FastPath } from "./FastPath.js";

const isNodeRequest = (value: unknown): value is IncomingMessage =>
  typeof (value as IncomingMessage | undefined)?.headers === "object" &&
  typeof (value as IncomingMessage).on === "function";

const isServerResponse = (value: unknown): value is ServerResponse =>
  typeof (value as ServerResponse | undefined)?.writeHead === "function";

/**
 * The gateway with the fast path in front of its Node listener: `gateway(req, res)` tries the
 * fast path first, while `gateway.fetch` and every other property are yoga's, unchanged, for
 * Fetch-API runtimes.
 */
export function withFastPath<T extends object>(gateway: T, fastPath: FastPath): T {
  return new Proxy(gateway, {
    // Yoga's instance is itself a proxy that answers every property, `call` and `apply` too
    // (which EventEmitter uses): those must come back here rather than go straight to yoga.
    get(target, property, receiver) {
      if (property === "call" || property === "apply" || property === "bind") {
        return Reflect.get(Function.prototype, property);
      }
      return Reflect.get(target, property, receiver);
    },
    apply(target, thisArg, args: unknown[]) {
      const [req, res] = args;
      const next = () => Reflect.apply(target as () => unknown, thisArg, args);
      return isNodeRequest(req) && isServerResponse(res) ? fastPath.handle(req, res, next) : next();
    },
  });
}
