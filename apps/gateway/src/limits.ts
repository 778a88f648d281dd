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
  /**
   * Worst-case values in the response, computed before running with the request's variables:
   * 1 per field, times the length of every list it sits in (see plugins/queryCost.ts).
   */
  maxCost: number;
  /** Directives per operation (@include/@skip repeated to bloat validation). */
  maxDirectives: number;
  /** Request body, in bytes; larger bodies get 413 before they are read in full. */
  maxBodyBytes: number;
  /** List items one response may hold in total, every list counted (see countListItems). */
  maxItems: number;
  /** Bytes of one response's JSON; a larger one is answered RESPONSE_TOO_LARGE instead. */
  maxResponseBytes: number;
}

export const DEFAULT_LIMITS: Limits = {
  // events → edges → node → actors → actor → events → edges → node → actors → role is 10.
  maxDepth: 10,
  maxAliases: 15,
  // GraphiQL's introspection query is under 200 tokens; GraphiQL's default query here, under 100.
  maxTokens: 1000,
  // The dashboard's operations cost under 2 000 each, GraphiQL's introspection query about
  // 30 000 (four aliased copies are refused); nested lists of lists, tens of millions.
  maxCost: 100_000,
  maxDirectives: 10,
  maxBodyBytes: 100_000,
  // A page of 100 events with some 19 list items (actors, themes, sources…) in each.
  maxItems: 2000,
  maxResponseBytes: 5 * 1024 * 1024,
};

/** Relay page sizes: `first`/`last` outside 0..max are rejected, not clamped. */
export const PAGE_SIZE = { default: 20, max: 100 } as const;

/**
 * What the gateway keeps in memory for repeated requests (replies, validated operations, parsed
 * documents): one budget for all of it; the dataset is immutable, so entries never go stale.
 */
export interface ResponseCacheLimits {
  /** Most entries kept, of every kind together; 0 turns caching off. */
  maxEntries: number;
  /** Most bytes kept by every cache together, keys included; the least recently used go first. */
  maxBytes: number;
  /** Cache-Control max-age for GET responses, in seconds: how long a deploy may take to be seen. */
  maxAgeSeconds: number;
}

export const DEFAULT_RESPONSE_CACHE: ResponseCacheLimits = {
  maxEntries: 1000,
  maxBytes: 32 * 1024 * 1024,
  maxAgeSeconds: 300,
};
