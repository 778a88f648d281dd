export {
  createClient,
  type CallArgs,
  type Client,
  type ClientOptions,
  type OperationMethods,
} from "./createClient.js";
export {
  DEFAULT_PAGE_SIZE,
  OPERATION_PAGE_SIZES,
  type Connection,
  type PageOptions,
  type PageVariables,
  type PaginateMethods,
} from "./paginate.js";
export { DEFAULT_TIMEOUT, type CallOptions } from "./CallOptions.js";
export { ClientError, type ClientErrorCode, type GraphQLErrorPayload } from "./ClientError.js";
export type { DocumentMeta, TypedDocument } from "./TypedDocument.js";
// Typed documents, operation result and variable types, and enums, all generated from the schema.
export * from "./generated/graphql.js";
