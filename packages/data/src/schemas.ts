// The zod schemas, for users who validate their own records against the dataset's model.
export * from "./schema/index.js";
export { ENTITIES } from "./entities.js";
