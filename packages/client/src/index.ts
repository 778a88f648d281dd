export { createClient, type Client, type ClientOptions } from "./createClient.js";
export { ClientError, type GraphQLErrorPayload } from "./ClientError.js";
export type { DocumentMeta, TypedDocument } from "./TypedDocument.js";
// Typed documents, operation result and variable types, and enums, all generated from the schema.
export * from "./generated/graphql.js";
