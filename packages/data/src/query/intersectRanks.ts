/** First index in `ranks[lo..hi)` (ascending) whose rank is at least `rank`. */
function seek(ranks: Int32Array, rank: number, lo: number, hi: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ranks[mid]! < rank) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The ranks in [start, end) present in every list of ascending ranks, ascending. Each list is
 * first cut to the range by binary search; then the shortest is walked and each of its ranks
 * looked up in the others, so the cost follows the shortest cut, not the dataset's size.
 */
export function intersectRanks(lists: readonly Int32Array[], start: number, end: number): number[] {
  const cuts = lists
    .map((ranks) => {
      const lo = seek(ranks, start, 0, ranks.length);
      return { ranks, lo, hi: seek(ranks, end, lo, ranks.length) };
    })
    .sort((a, b) => a.hi - a.lo - (b.hi - b.lo));
  const [shortest, ...others] = cuts;
  const found: number[] = [];
  if (!shortest) return found;
  outer: for (let i = shortest.lo; i < shortest.hi; i++) {
    const rank = shortest.ranks[i]!;
    for (const other of others) {
      other.lo = seek(other.ranks, rank, other.lo, other.hi);
      if (other.ranks[other.lo] !== rank) continue outer;
    }
    found.push(rank);
  }
  return found;
}
