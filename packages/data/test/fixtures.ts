import { readDataFiles } from "../src/validation/readDataFiles.js";
import type { RawRecords } from "../src/validation/validateDataset.js";

const { raw, article } = readDataFiles(new URL("../", import.meta.url));
export { article };

/** A small valid dataset on the real passages and references, to mutate in tests. */
export function validFixture(): RawRecords {
  const passages = structuredClone(raw.passages) as unknown[];
  const references = structuredClone(raw.references) as unknown[];
  // A check that rests on an OFFICIAL source (a tier above SECONDARY).
  const verification = () => ({
    status: "CONSISTENT",
    references: ["nato-2008-nac-statement-georgia"],
  });
  const attestation = {
    passage: "evolution-12",
    quote:
      "relations between the two blocs were interrupted in 2008, when Russian troops invaded Georgia",
    references: ["trenin-2009"],
  };
  return {
    passages,
    references,
    actors: [
      {
        slug: "russia",
        name: "Russia",
        kind: "STATE",
        aliases: [],
        isoCode: "RU",
        description: "The Russian Federation.",
        sources: [attestation],
        verification: verification(),
      },
      {
        slug: "georgia",
        name: "Georgia",
        kind: "STATE",
        aliases: [],
        isoCode: "GE",
        description: "The South Caucasus state.",
        sources: [attestation],
        verification: verification(),
      },
    ],
    themes: [
      {
        slug: "armed-conflict",
        name: "Armed conflict",
        kind: "THREAT",
        description: "War between states.",
        sources: [attestation],
      },
    ],
    periods: [
      {
        slug: "deterioration",
        name: "Deterioration",
        summary: "Relations worsen.",
        start: { start: "2008", precision: "YEAR", label: "2008" },
        sources: [attestation],
        verification: verification(),
      },
    ],
    events: [
      {
        slug: "russia-invades-georgia",
        title: "Russia invades Georgia",
        summary: "Russian troops enter Georgia.",
        date: { start: "2008", precision: "YEAR", label: "2008" },
        kind: "ARMED_CONFLICT",
        relation: "MATERIAL_CONFLICT",
        actors: [
          { actor: "russia", role: "INITIATOR" },
          { actor: "georgia", role: "TARGET" },
        ],
        countries: ["RU", "GE"],
        themes: ["armed-conflict"],
        period: "deterioration",
        sources: [attestation],
        verification: verification(),
      },
    ],
    positions: [],
  };
}
