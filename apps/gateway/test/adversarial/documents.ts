// The adversarial documents the amplification tests share.
import { dataset } from "@nato-russia/data";
import { encodeBase64 } from "@pothos/core";
import { DEFAULT_LIMITS } from "../../src/limits.js";
import { schema } from "../../src/schema/index.js";
import { listDocuments } from "./listDocuments.js";

/** The reported one: 15 aliases of lists of lists, 1,460 bytes. */
export const ADVERSARIAL = `{ ${Array.from(
  { length: 15 },
  (_, i) =>
    `a${i}:positions{about{positions{about{positions{about{positions{about{positions{statement}}}}}}}}}`,
).join(" ")} }`;

export const documents = listDocuments(schema, {
  maxDepth: DEFAULT_LIMITS.maxDepth,
  aliases: DEFAULT_LIMITS.maxAliases,
  ids: dataset.records.events.map((e) => encodeBase64(`Event:${e.slug}`)),
  slugs: {
    Event: "russia-invades-georgia",
    Actor: "russia",
    Reference: "trenin-2009",
    Passage: "evolution-09",
    Period: "cold-war-confrontation",
    Theme: "air-policing",
    Position: dataset.records.positions[0]!.slug,
  },
});
