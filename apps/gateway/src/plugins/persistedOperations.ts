import { usePersistedOperations } from "@graphql-yoga/plugin-persisted-operations";

/** A manifest as @graphql-codegen's client preset writes it: "sha256:<hex>" → document text. */
export type PersistedManifest = Readonly<Record<string, string>>;

export interface PersistedOperationsOptions {
  manifest: PersistedManifest;
  /** Refuse any operation not in the manifest (CANNOT_SEND_PQ_ID_AND_BODY for a sent query). */
  only?: boolean;
}

/**
 * Serves operations by hash: a request names `extensions.persistedQuery.sha256Hash`, and the
 * document comes from the manifest. Stored documents are parsed and validated like any other,
 * so every limit still applies.
 */
export function usePersistedManifest({ manifest, only = false }: PersistedOperationsOptions) {
  return usePersistedOperations({
    allowArbitraryOperations: !only,
    getPersistedOperation: (hash: string) =>
      manifest[hash.includes(":") ? hash : `sha256:${hash}`] ?? null,
  });
}
