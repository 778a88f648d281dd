/**
 * A record the dataset must hold: the data package validates every slug it points to, so a
 * miss is a broken release, reported as an unexpected error rather than a wrong null.
 */
export function required<T>(record: T | undefined, what: string): T {
  if (record === undefined) throw new Error(`the dataset has no ${what}`);
  return record;
}
