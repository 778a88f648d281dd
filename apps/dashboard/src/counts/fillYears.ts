import type { Bucket } from "./CountChart";

/** Years or decades with no event as zero bars, so the axis keeps its proportions. */
export function fillYears(buckets: readonly Bucket[], step: 1 | 10): Bucket[] {
  if (buckets.length === 0) return [];
  const byKey = new Map(buckets.map((bucket) => [Number(bucket.key), bucket]));
  const keys = [...byKey.keys()];
  const filled: Bucket[] = [];
  for (let key = Math.min(...keys); key <= Math.max(...keys); key += step) {
    const label = step === 10 ? `${key}s` : String(key);
    filled.push(byKey.get(key) ?? { key: String(key), label, count: 0 });
  }
  return filled;
}
