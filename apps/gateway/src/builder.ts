import SchemaBuilder, { decodeBase64, encodeBase64 } from "@pothos/core";
import DirectivesPlugin from "@pothos/plugin-directives";
import FederationPlugin from "@pothos/plugin-federation";
import RelayPlugin from "@pothos/plugin-relay";
import { NODE_TYPES, type GatewayContext, type NodeTypeName } from "./context.js";
import { userError } from "./errors.js";

const nodeTypes = new Set<string>(NODE_TYPES);

/**
 * Decodes a Relay global ID, base64 of "Type:slug". Anything else, including a well-formed ID
 * of a type that is not a node, is the client's mistake and gets BAD_USER_INPUT.
 */
function decodeGlobalID(globalID: string): { typename: NodeTypeName; id: string } {
  let decoded = "";
  try {
    decoded = decodeBase64(globalID);
  } catch {
    // falls through to the error below
  }
  const colon = decoded.indexOf(":");
  const typename = decoded.slice(0, colon);
  const id = decoded.slice(colon + 1);
  if (colon < 1 || !id || !nodeTypes.has(typename) || encodeBase64(decoded) !== globalID) {
    throw userError("BAD_USER_INPUT", `"${globalID}" is not a global ID this API returned`, "id");
  }
  return { typename: typename as NodeTypeName, id };
}

export const builder = new SchemaBuilder<{
  Context: GatewayContext;
  Scalars: { JSON: { Input: unknown; Output: unknown } };
  // Every connection carries its totalCount (set by resolveArrayConnection).
  Connection: { totalCount: number };
  DefaultFieldNullability: false;
  // Pages hold no null edges or nodes: `edges: [EventEdge!]!`, `node: Event!`.
  DefaultEdgesNullability: false;
  DefaultNodeNullability: false;
}>({
  // Directives and Federation only mark the node types with @key: the plain schema prints and
  // introspects as before, and schema/subgraph.ts builds the Federation subgraph from them.
  plugins: [RelayPlugin, DirectivesPlugin, FederationPlugin],
  defaultFieldNullability: false,
  relay: {
    cursorType: "String",
    clientMutationId: "omit",
    // Records are shared, immutable data: never tag them; the context knows their types.
    brandLoadedObjects: false,
    decodeGlobalID,
    nodeTypeOptions: {
      description: "A record with a global ID, which `node` and `nodes` fetch whatever its type.",
      resolveType: (record, context) => context.typeOf(record as object) ?? null,
    },
    idFieldOptions: {
      description: "Global ID: opaque, stable across releases, accepted by `node` and `nodes`.",
    },
    nodeQueryOptions: {
      description: "Any record by its global ID; null when no record has that ID.",
      args: { id: { description: "A global ID from an `id` field." } },
    },
    nodesQueryOptions: {
      description: "Records by global ID, in the order asked; null for each ID with no record.",
      args: { ids: { description: "Global IDs from `id` fields." } },
    },
    pageInfoTypeOptions: {
      description: "Where a page sits in its list, and the cursors to move from it.",
    },
    hasNextPageFieldOptions: { description: "True when more items follow this page." },
    hasPreviousPageFieldOptions: { description: "True when items come before this page." },
    startCursorFieldOptions: {
      description: "Cursor of the first item of the page; pass as `before` for the previous page.",
    },
    endCursorFieldOptions: {
      description: "Cursor of the last item of the page; pass as `after` for the next page.",
    },
    cursorFieldOptions: {
      description: "Opaque position of this item; pass as `after` or `before`.",
    },
    edgesFieldOptions: {
      nullable: false,
      description: "The items of this page, each with its cursor.",
    },
    nodeFieldOptions: { nullable: false, description: "The item." },
    nodesOnConnection: {
      description: "The items of this page without their cursors, in the order of `edges`.",
    },
    pageInfoFieldOptions: {
      description: "Cursors and whether more items exist before or after this page.",
    },
    firstArgOptions: {
      description:
        "Page size counted from the start or from `after` (0–100). Without `first` or `last` a page holds 20 items; to get them all, ask `first: 100` and pass `pageInfo.endCursor` as `after` until `pageInfo.hasNextPage` is false.",
    },
    afterArgOptions: { description: "Cursor to start after (forward pagination)." },
    lastArgOptions: {
      description: "Page size counted back from the end or from `before` (0–100).",
    },
    beforeArgOptions: { description: "Cursor to end before (backward pagination)." },
  },
});

builder.globalConnectionField("totalCount", (t) =>
  t.int({
    description: "Items in the whole list, across all pages.",
    resolve: (connection) => connection.totalCount,
  }),
);
