import type { ActorKind } from "../schema/index.js";

/**
 * Which actors to return; across fields all must match. `text` is searched as `search` does
 * (case and accents folded, every word must occur), and then orders the actors by relevance.
 */
export interface ActorFilter {
  kinds?: readonly ActorKind[] | null;
  text?: string | null;
}
