import { uniformInt } from "pure-rand/distribution/uniformInt";
import { xoroshiro128plus } from "pure-rand/generator/xoroshiro128plus";

/** A seeded source of choices, so a failing case can be replayed from its seed. */
export interface Random {
  /** An integer in [min, max]. */
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  /** True with probability p. */
  chance(p: number): boolean;
}

export function createRandom(seed: number): Random {
  const rng = xoroshiro128plus(seed);
  const int = (min: number, max: number) => uniformInt(rng, min, max);
  return {
    int,
    pick: (items) => items[int(0, items.length - 1)]!,
    chance: (p) => int(0, 999_999) < p * 1_000_000,
  };
}
