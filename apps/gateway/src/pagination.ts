import { decodeBase64 } from "@pothos/core";
import { resolveArrayConnection } from "@pothos/plugin-relay";
import { userError } from "./errors.js";
import { PAGE_SIZE } from "./limits.js";

/** The Relay connection arguments every list field takes. */
export interface ConnectionArgs {
  first?: number | null;
  last?: number | null;
  after?: string | null;
  before?: string | null;
}

// The relay plugin's offset cursors: base64 of "OffsetConnection:<index>".
const OFFSET_CURSOR = /^OffsetConnection:(0|[1-9]\d{0,8})$/;

function checkCursor(cursor: string | null | undefined, field: "after" | "before"): void {
  if (cursor == null) return;
  let decoded: string;
  try {
    decoded = decodeBase64(cursor);
  } catch {
    decoded = "";
  }
  if (!OFFSET_CURSOR.test(decoded)) {
    throw userError(
      "INVALID_CURSOR",
      `${field} is not a cursor this API returned: "${cursor}"`,
      field,
    );
  }
}

function checkSize(size: number | null | undefined, field: "first" | "last"): void {
  if (size != null && (size < 0 || size > PAGE_SIZE.max)) {
    throw userError(
      "BAD_USER_INPUT",
      `${field} must be between 0 and ${PAGE_SIZE.max}; got ${size}`,
      field,
    );
  }
}

/** Rejects arguments the relay plugin would otherwise clamp or throw on in its own words. */
export function checkConnectionArgs(args: ConnectionArgs): void {
  checkSize(args.first, "first");
  checkSize(args.last, "last");
  if (args.first != null && args.last != null) {
    throw userError("BAD_USER_INPUT", "pass either first or last, not both", "last");
  }
  checkCursor(args.after, "after");
  checkCursor(args.before, "before");
}

/**
 * One page of an in-memory list as a Relay connection, with totalCount. Its edges are counted
 * against the request's item budget like every other list (see countListItems).
 */
export function paginate<T>(args: ConnectionArgs, items: readonly T[]) {
  checkConnectionArgs(args);
  const page = resolveArrayConnection(
    { args, defaultSize: PAGE_SIZE.default, maxSize: PAGE_SIZE.max },
    items,
  );
  // An empty page has no first or last item, so no cursors: the relay plugin would give it
  // offsets such as -1 that `after` then refuses. Every cursor handed out is accepted back.
  if (page.edges.length > 0) return page;
  return { ...page, pageInfo: { ...page.pageInfo, startCursor: null, endCursor: null } };
}
