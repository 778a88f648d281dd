import type { CodegenConfig } from "@graphql-codegen/cli";

// Types and typed documents come from the gateway's committed schema file, never a live server.
const config: CodegenConfig = {
  schema: "../../apps/gateway/schema.graphql",
  documents: ["src/operations/**/*.graphql"],
  ignoreNoDocuments: false,
  // Emit ".js" extensions so the output compiles under NodeNext resolution.
  emitLegacyCommonJSImports: false,
  generates: {
    [process.env.CODEGEN_OUT ?? "src/generated/"]: {
      preset: "client",
      presetConfig: {
        fragmentMasking: false,
        persistedDocuments: { hashAlgorithm: "sha256" },
      },
      config: {
        documentMode: "string",
        enumType: "const",
        namingConvention: { enumValues: "keep" },
        useTypeImports: true,
        strictScalars: true,
        scalars: { JSON: "unknown" },
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
        skipTypename: false,
      },
    },
  },
};

export default config;
