import {
  getNamedType,
  getNullableType,
  getVariableValues,
  GraphQLError,
  isListType,
  Kind,
  visit,
  type DocumentNode,
  type GraphQLSchema,
  type VariableDefinitionNode,
} from "graphql";
import { getComplexity, type ComplexityEstimator } from "graphql-query-complexity";
import type { Plugin } from "graphql-yoga";
import { COST_HEADER, COST_LIMIT_HEADER, ITEMS_LIMIT_HEADER } from "../http/costHeaders.js";
import { PAGE_SIZE, type Limits } from "../limits.js";
import type { ListSizes } from "../listSizes.js";

export const MAX_COST_CODE = "MAX_COST_EXCEEDED";

// Fragments are expanded where they are spread; this bounds the work of expanding them.
const MAX_QUERY_NODES = 20_000;

/** Cost of one operation with its variables: a number, or a coded error to answer with. */
export type CostOf = (
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown> | undefined,
) => number | "TOO_COMPLEX" | undefined;

/**
 * The worst-case number of values a response can hold: every field counts 1 and every list
 * multiplies what it holds by its length. A connection's length is its `first`/`last`
 * (variables included) or the default page size; `nodes(ids:)` its number of IDs, and the
 * Federation subgraph's `_entities(representations:)` its number of representations; every other
 * list the longest that field returns in the dataset (see measureListSizes), or the largest page
 * where that could not be measured. Introspection is counted the same way.
 */
export function createCostAnalysis(schema: GraphQLSchema, sizes: ListSizes): CostOf {
  const estimator: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
    const own = 1 + childComplexity;
    const named = getNamedType(field.type).name;
    if (named.endsWith("Connection") && field.args.some((a) => a.name === "first")) {
      const size = Number(args.first ?? args.last ?? PAGE_SIZE.default);
      return 1 + Math.min(Math.max(size, 0), PAGE_SIZE.max) * childComplexity;
    }
    if (!isListType(getNullableType(field.type))) return own;
    // A connection's edges and nodes are already multiplied by its page size.
    if (type.name.endsWith("Connection") && (field.name === "edges" || field.name === "nodes"))
      return own;
    const length =
      field.name === "nodes" && Array.isArray(args.ids)
        ? args.ids.length
        : field.name === "_entities" && Array.isArray(args.representations)
          ? args.representations.length
          : (sizes.get(`${type.name}.${field.name}`) ?? PAGE_SIZE.max);
    return Math.max(length, 1) * own;
  };
  const analyse: CostOf = (document, operationName, variables) => {
    try {
      return getComplexity({
        schema,
        query: document,
        operationName: operationName ?? undefined,
        variables: variables ?? {},
        estimators: [estimator],
        maxQueryNodes: MAX_QUERY_NODES,
      });
    } catch (error) {
      // Variables that do not fit their types are left to execution, which reports them.
      if (error instanceof GraphQLError && /maximum allowed number of nodes/.test(error.message))
        return "TOO_COMPLEX";
      return undefined;
    }
  };
  return memoizeCost(schema, analyse);
}

/** Distinct variable values kept per document before its memo starts over. */
const MEMO_SIZE = 256;

/**
 * The cost analysis walks the whole document with a visitor on every request: the largest
 * part of a distinct query's time in a profile under load. A cost depends on variables only
 * through page sizes (`first`, `last`), the number of `nodes(ids:)` and
 * `_entities(representations:)` and directives (`@include`, `@skip`), so it is kept per
 * document and those variables' values (lists by their length); every request's variables are still
 * checked against their types, as the analysis did, and ones that do not fit are left to
 * execution.
 */
function memoizeCost(schema: GraphQLSchema, analyse: CostOf): CostOf {
  const memos = new WeakMap<DocumentNode, Memo>();
  return (document, operationName, variables) => {
    let memo = memos.get(document);
    if (!memo)
      memos.set(document, (memo = { deciding: decidingVariables(document), costs: new Map() }));
    const definitions = memo.deciding.definitions.get(operationName ?? "");
    if (!definitions) return analyse(document, operationName, variables);
    const given = variables ?? {};
    if (getVariableValues(schema, definitions, given).errors) return undefined;
    const values = memo.deciding.names.map((name) => {
      const value = given[name] ?? null;
      return Array.isArray(value) ? { length: value.length } : value;
    });
    const key = `${operationName ?? ""}\u0000${JSON.stringify(values)}`;
    const known = memo.costs.get(key);
    if (known !== undefined) return known;
    const cost = analyse(document, operationName, variables);
    if (memo.costs.size >= MEMO_SIZE) memo.costs.clear();
    if (cost !== undefined) memo.costs.set(key, cost);
    return cost;
  };
}

/** Arguments whose values change a cost: page sizes, and lists costed by their length. */
const DECIDING_ARGUMENTS = ["first", "last", "ids", "representations"];

interface Memo {
  deciding: { names: string[]; definitions: Map<string, readonly VariableDefinitionNode[]> };
  costs: Map<string, number | "TOO_COMPLEX">;
}

/**
 * The variables a document's cost can depend on, and each operation's variable definitions
 * (by name; "" for the only operation). An operation missing from the map (an anonymous one
 * among several, say) is analysed every time.
 */
function decidingVariables(document: DocumentNode): Memo["deciding"] {
  const names = new Set<string>();
  let inDeciding = 0;
  visit(document, {
    Argument: {
      enter: (node) => void (DECIDING_ARGUMENTS.includes(node.name.value) && inDeciding++),
      leave: (node) => void (DECIDING_ARGUMENTS.includes(node.name.value) && inDeciding--),
    },
    Directive: { enter: () => void inDeciding++, leave: () => void inDeciding-- },
    Variable: (node) => void (inDeciding > 0 && names.add(node.name.value)),
  });
  const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
  const definitions = new Map<string, readonly VariableDefinitionNode[]>();
  for (const operation of operations) {
    const name = operation.name?.value;
    if (name) definitions.set(name, operation.variableDefinitions ?? []);
  }
  if (operations.length === 1) definitions.set("", operations[0]!.variableDefinitions ?? []);
  return { names: [...names].sort(), definitions };
}

export function costError(maxCost: number, cost?: number): GraphQLError {
  return new GraphQLError(
    cost === undefined
      ? `query is too complex to analyse (more than ${MAX_QUERY_NODES} fields once fragments are expanded)`
      : `query cost ${cost} exceeds the maximum of ${maxCost}; ask for fewer fields, smaller pages or less nesting`,
    { extensions: { code: MAX_COST_CODE, ...(cost === undefined ? {} : { cost, maxCost }) } },
  );
}

/**
 * The cost computed for each request that reached execution: a number, or TOO_COMPLEX. It is
 * kept for the response headers, and by the Fetch reply cache, which replays the headers.
 */
export type RequestCosts = WeakMap<Request, number | "TOO_COMPLEX">;

/**
 * Rejects, before it runs, an operation whose cost with its own variables exceeds `maxCost`.
 * It sits before every other onExecute hook, so a rejected operation is never recorded for
 * the fast path.
 *
 * Every response to an operation that reached execution, refused or not, reports its cost and
 * the budgets in headers (see http/costHeaders.ts). Its onResponse hook comes before those that
 * copy the response's headers (the fast path's recorder, the 304 of useNotModified).
 */
export function useQueryCost(
  costOf: CostOf,
  limits: Pick<Limits, "maxCost" | "maxItems">,
  costs: RequestCosts = new WeakMap(),
): Plugin {
  const { maxCost, maxItems } = limits;
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const cost = costOf(
        args.document,
        args.operationName,
        args.variableValues as Record<string, unknown> | undefined,
      );
      const request = (args.contextValue as { request?: Request }).request;
      if (request && cost !== undefined) costs.set(request, cost);
      if (cost === undefined || (cost !== "TOO_COMPLEX" && cost <= maxCost)) return;
      setResultAndStopExecution({
        errors: [costError(maxCost, cost === "TOO_COMPLEX" ? undefined : cost)],
      });
    },
    onResponse({ request, response }) {
      const cost = costs.get(request);
      if (cost === undefined) return;
      if (cost !== "TOO_COMPLEX") response.headers.set(COST_HEADER, String(cost));
      response.headers.set(COST_LIMIT_HEADER, String(maxCost));
      response.headers.set(ITEMS_LIMIT_HEADER, String(maxItems));
    },
  };
}
