// The schema's twenty-odd event kinds in six families a reader can tell apart at a glance,
// each with one colour. Every colour is 4.5:1 or more on white and 3:1 or more on the pale
// period bands, so marks and legend swatches keep their contrast.
import { EventKind } from "@nato-russia/client";

export interface KindFamily {
  key: string;
  name: string;
  color: string;
  kinds: readonly EventKind[];
}

export const KIND_FAMILIES: readonly KindFamily[] = [
  {
    key: "diplomacy",
    name: "Diplomacy and cooperation",
    color: "#1f5fa8",
    kinds: [
      EventKind.AGREEMENT,
      EventKind.SUMMIT,
      EventKind.DIPLOMATIC_STATEMENT,
      EventKind.COOPERATION,
      EventKind.INSTITUTION,
      EventKind.FOUNDING,
    ],
  },
  {
    key: "alliance",
    name: "Alliance posture and enlargement",
    color: "#0b7068",
    kinds: [EventKind.ENLARGEMENT, EventKind.DEPLOYMENT],
  },
  {
    key: "force",
    name: "War and force",
    color: "#b3261e",
    kinds: [
      EventKind.ARMED_CONFLICT,
      EventKind.ANNEXATION,
      EventKind.MILITARY_ACTION,
      EventKind.TERRORISM,
      EventKind.ASSASSINATION,
    ],
  },
  {
    key: "pressure",
    name: "Sanctions, energy and rupture",
    color: "#9a4a00",
    kinds: [EventKind.SANCTION, EventKind.SUSPENSION, EventKind.ENERGY],
  },
  {
    key: "covert",
    name: "Cyber and hybrid operations",
    color: "#6b3fa0",
    kinds: [EventKind.CYBER_OPERATION, EventKind.HYBRID_INFLUENCE],
  },
  {
    key: "upheaval",
    name: "Crises and political change",
    color: "#555b63",
    kinds: [EventKind.CRISIS, EventKind.POLITICAL_CHANGE, EventKind.DISSOLUTION],
  },
];

const BY_KIND = new Map(
  KIND_FAMILIES.flatMap((family) => family.kinds.map((kind) => [kind, family] as const)),
);

/** The family of a kind; a kind added to the schema later falls in the last one. */
export function familyOf(kind: EventKind): KindFamily {
  return BY_KIND.get(kind) ?? KIND_FAMILIES.at(-1)!;
}
