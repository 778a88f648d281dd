export {
  createClient,
  type Client,
  type ClientOptions,
  type TypedDocument,
} from "./createClient.js";
export { ClientError, type GraphQLErrorPayload } from "./ClientError.js";
// Typed documents, operation result and variable types, and enums, all generated from the schema.
export * from "./generated/graphql.js";
