// Response headers that tell a client what its query cost and what it may spend, as GitHub's
// API reports its budgets in headers. A cost depends only on the document, operation name and
// variables (the dataset is immutable), so a stored reply may carry the cost it was served with.

/** The operation's computed cost (see plugins/queryCost.ts): worst-case values in the answer. */
export const COST_HEADER = "x-query-cost";
/** The most an operation may cost (Limits.maxCost). */
export const COST_LIMIT_HEADER = "x-query-cost-limit";
/** The most list items one answer may hold (Limits.maxItems). */
export const ITEMS_LIMIT_HEADER = "x-query-items-limit";

/** Every cost header, for CORS `Access-Control-Expose-Headers`. */
export const COST_HEADERS = [COST_HEADER, COST_LIMIT_HEADER, ITEMS_LIMIT_HEADER] as const;
