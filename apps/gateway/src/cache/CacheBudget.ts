import { LRUCache } from "lru-cache";

/** One kind of entry in the shared budget: replies, operations, parsed documents… */
export interface CacheArea<V> {
  get(key: string): V | undefined;
  /** Keeps `value`, which takes about `size` bytes besides its key; too large, it is not kept. */
  set(key: string, value: V, size: number): void;
}

interface Entry {
  value: unknown;
  size: number;
}

// A Map slot, the entry object and lru-cache's bookkeeping, per entry.
const ENTRY_OVERHEAD = 200;

/**
 * Every cache of the gateway draws on one byte budget, keys included (counted as UTF-16, two
 * bytes a character), so what the process keeps for repeated requests is bounded by one
 * documented number however the clients vary their requests. Least recently used entries go
 * first, whatever their area. `maxEntries` 0 turns caching off.
 */
export class CacheBudget {
  private readonly lru: LRUCache<string, Entry> | undefined;

  constructor(
    readonly maxBytes: number,
    maxEntries: number,
  ) {
    this.lru =
      maxBytes > 0 && maxEntries > 0
        ? new LRUCache<string, Entry>({
            max: maxEntries,
            maxSize: maxBytes,
            sizeCalculation: (entry, key) => entry.size + key.length * 2 + ENTRY_OVERHEAD,
          })
        : undefined;
  }

  /** Bytes counted against the budget now. */
  get usedBytes(): number {
    return this.lru?.calculatedSize ?? 0;
  }

  get entries(): number {
    return this.lru?.size ?? 0;
  }

  /** A view of the budget whose keys cannot meet another area's. */
  area<V>(name: string): CacheArea<V> {
    const lru = this.lru;
    const prefix = `${name}\u0000`;
    return {
      get: (key) => lru?.get(prefix + key)?.value as V | undefined,
      set: (key, value, size) => {
        lru?.set(prefix + key, { value, size: Math.max(0, Math.ceil(size)) });
      },
    };
  }
}

/**
 * About what a parsed document keeps in memory: its text, and some 300 bytes for each token
 * (graphql-js keeps the token list for locations). Measured with graphql 16: a 142-character
 * query of 40 tokens takes 13 kB, 900 tokens 264 kB, a 90 kB string literal 95 kB.
 */
export function documentBytes(source: string, document: { loc?: { startToken: unknown } }): number {
  let tokens = 0;
  for (
    let t = document.loc?.startToken as { next: unknown } | null | undefined;
    t;
    t = t.next as typeof t
  )
    tokens++;
  return source.length * 2 + tokens * 320;
}
