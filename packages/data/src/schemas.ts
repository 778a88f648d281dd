// Entry point of "@nato-russia/data/schemas": the zod schemas (src/schema/) and the list of
// entities, for users who validate their own records against the dataset's model.
export * from "./schema/index.js";
export { ENTITIES } from "./entities.js";
