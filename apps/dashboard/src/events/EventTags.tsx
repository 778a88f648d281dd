import type { EventKind, Relation } from "@nato-russia/client";
import { humanize, RELATION_COLOR } from "../labels";

/** The relation as a coloured tag; the words carry the meaning, the colour matches the chart. */
export function RelationTag({ relation }: { relation: Relation }) {
  return (
    <span className="tag relation-tag">
      <span className="swatch" style={{ background: RELATION_COLOR[relation] }} aria-hidden />
      {humanize(relation)}
    </span>
  );
}

export function KindTag({ kind }: { kind: EventKind }) {
  return <span className="tag">{humanize(kind)}</span>;
}
