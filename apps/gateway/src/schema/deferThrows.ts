import { isObjectType, type GraphQLFieldResolver, type GraphQLSchema } from "graphql";

/**
 * Turns every resolver's synchronous throw into a rejected promise, in place.
 *
 * Why: graphql-js 16 (and yoga's executor, which copies it) completes a list item by item; when
 * an item throws synchronously inside a non-null chain after earlier items returned promises,
 * it abandons those promises, and when they reject nobody handles them. Node ends the process on
 * an unhandled rejection, so one crafted query (an async field such as `id` or `citation` beside
 * a bad cursor, in a list) could stop the server. A rejection instead joins Promise.all, which
 * handles every item.
 */
export function deferThrows(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith("__")) continue;
    for (const field of Object.values(type.getFields())) {
      const resolve = field.resolve as GraphQLFieldResolver<unknown, unknown> | undefined;
      if (!resolve) continue;
      field.resolve = (source, args, context, info) => {
        try {
          return resolve(source, args, context, info);
        } catch (error) {
          return Promise.reject(error);
        }
      };
    }
  }
  return schema;
}
