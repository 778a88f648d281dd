// Release tooling: snapshots of released records and the diff against them (Node only).
export {
  diffData,
  formatDataDiff,
  maxBump,
  BUMP_ORDER,
  type Bump,
  type DataDiff,
} from "./release/dataDiff.js";
export { fingerprint, missingSlugs, snapshotOf, type ReleaseSnapshot } from "./release/snapshot.js";
export { loadDataDir } from "./release/loadDataDir.js";
