import type { EventKind } from "@nato-russia/client";
import { humanize } from "../labels";
import { KIND_FAMILIES } from "./kindFamilies";

/** The families of kinds shown, each with its colour and the kinds it holds. */
export function FamilyLegend({ kinds }: { kinds: readonly EventKind[] }) {
  const shown = new Set(kinds);
  const families = KIND_FAMILIES.filter((family) => family.kinds.some((kind) => shown.has(kind)));
  if (families.length === 0) return null;
  return (
    <ul className="family-legend" aria-label="Colours: families of event kinds">
      {families.map((family) => (
        <li key={family.key}>
          <span className="swatch" style={{ background: family.color }} aria-hidden />
          <strong>{family.name}</strong>{" "}
          <span className="muted">
            (
            {family.kinds
              .filter((kind) => shown.has(kind))
              .map((kind) => humanize(kind).toLowerCase())
              .join(", ")}
            )
          </span>
        </li>
      ))}
    </ul>
  );
}
