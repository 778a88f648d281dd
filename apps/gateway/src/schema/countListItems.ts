import {
  defaultFieldResolver,
  getNullableType,
  isListType,
  isObjectType,
  type GraphQLFieldResolver,
  type GraphQLSchema,
} from "graphql";
import { isPromise } from "graphql-yoga";
import { userError } from "../errors.js";

/** The part of the resolver context this counts against (see Limits.maxItems). */
export interface ItemBudget {
  itemBudget: number;
}

function charge(context: ItemBudget, value: unknown): unknown {
  if (!Array.isArray(value)) return value;
  context.itemBudget -= value.length;
  if (context.itemBudget < 0) {
    throw userError(
      "MAX_ITEMS_EXCEEDED",
      "this query asks for too many list items in total; ask for fewer or smaller pages or lists",
    );
  }
  return value;
}

/**
 * Makes every list field of the schema, in place, take its items from the request's item
 * budget: connection edges and plain lists alike (`positions`, `about`, `sources`, `nodes`…),
 * so nesting lists cannot build a response larger than the budget allows. New list fields are
 * covered without being named here. Introspection lists are left to the cost analysis and the
 * response-size cap: they belong to graphql-js and are bounded by the schema's own size.
 */
export function countListItems(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith("__")) continue;
    for (const field of Object.values(type.getFields())) {
      if (!isListType(getNullableType(field.type))) continue;
      const resolve = (field.resolve ?? defaultFieldResolver) as GraphQLFieldResolver<
        unknown,
        ItemBudget
      >;
      field.resolve = (source, args, context: ItemBudget, info) => {
        const value = resolve(source, args, context, info);
        return isPromise(value) ? value.then((v) => charge(context, v)) : charge(context, value);
      };
    }
  }
  return schema;
}
