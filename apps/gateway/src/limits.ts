/**
 * Every limit the public API enforces, with its default. The defaults admit any query a
 * dashboard needs (see the README's examples) and reject what only an abuser would send.
 */
export interface Limits {
  /** Deepest field nesting, fragments flattened; introspection is exempt. */
  maxDepth: number;
  /** Aliased fields per operation: each alias re-runs its field, so aliases multiply work. */
  maxAliases: number;
  /** Lexical tokens in the document, checked while parsing so huge documents stop early. */
  maxTokens: number;
  /** graphql-armor's static cost: 2 per object field, 1 per scalar, ×1.5 per level of depth. */
  maxCost: number;
  /** Directives per operation (@include/@skip repeated to bloat validation). */
  maxDirectives: number;
  /** Request body, in bytes; larger bodies get 413 before they are read in full. */
  maxBodyBytes: number;
  /**
   * Connection items one request may return in total, counted as pages are cut. The static
   * cost multiplies by `first`/`last` only when they are literals; this catches variables.
   */
  maxEdges: number;
}

export const DEFAULT_LIMITS: Limits = {
  // events → edges → node → actors → actor → events → edges → node → actors → role is 10.
  maxDepth: 10,
  maxAliases: 15,
  // GraphiQL's introspection query is under 200 tokens; GraphiQL's default query here, under 100.
  maxTokens: 1000,
  // A 100-item page of events with some twenty fields costs about 15 000; nested 100-item pages, millions.
  maxCost: 25_000,
  maxDirectives: 10,
  maxBodyBytes: 100_000,
  // Fifteen aliased pages of 100, or a page of 100 events with 19 items nested in each.
  maxEdges: 2000,
};

/** Relay page sizes: `first`/`last` outside 0..max are rejected, not clamped. */
export const PAGE_SIZE = { default: 20, max: 100 } as const;

/** In-memory cache of serialized responses; the dataset is immutable, so entries never go stale. */
export interface ResponseCacheLimits {
  /** Most responses kept. */
  maxEntries: number;
  /** Most bytes of response bodies kept; the least recently used go first. */
  maxBytes: number;
  /** Cache-Control max-age for GET responses, in seconds: how long a deploy may take to be seen. */
  maxAgeSeconds: number;
}

export const DEFAULT_RESPONSE_CACHE: ResponseCacheLimits = {
  maxEntries: 1000,
  maxBytes: 32 * 1024 * 1024,
  maxAgeSeconds: 300,
};
