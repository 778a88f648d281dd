// The Federation v2 subgraph schema: the plain schema plus `_service` and `_entities`, with the
// node types keyed by slug (see entities.ts). Built on first use: a plain gateway never pays.
import type { GraphQLSchema } from "graphql";
import { builder } from "../builder.js";
import { countListItems } from "./countListItems.js";
import { deferThrows } from "./deferThrows.js";
import { schema } from "./index.js";

/** The Federation spec version the subgraph links to. */
export const FEDERATION_SPEC = "https://specs.apollo.dev/federation/v2.6";

let built: GraphQLSchema | undefined;

/** The subgraph schema, with the same item budget and deferred-throw wrapping as `schema`. */
export function subgraphSchema(): GraphQLSchema {
  // `schema` first: both builds share the builder's types, the plain one is always made.
  void schema;
  built ??= deferThrows(
    countListItems(
      builder.toSubGraphSchema({ linkUrl: FEDERATION_SPEC, federationDirectives: ["@key"] }),
    ),
  );
  return built;
}
