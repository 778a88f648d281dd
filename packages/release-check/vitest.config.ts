import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 60_000,
    // graphql-inspector's ESM build imports graphql's CJS entry; inlining it makes both sides
    // share one graphql module (otherwise: "Cannot use GraphQLObjectType from another realm").
    server: { deps: { inline: ["@graphql-inspector/core"] } },
  },
});
