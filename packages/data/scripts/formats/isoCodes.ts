// ISO 3166 codes of an actor, looked up in the iso-3166 package (ISO 3166-1 and ISO 3166-3 as
// listed on Wikipedia, kept up to date by its maintainer) rather than typed by hand: a state's
// alpha-3 and numeric codes from its alpha-2; a former state (the Soviet Union) by its name or
// an alias, with the codes it had and its ISO 3166-3 four-letter code.
import { iso31661, iso31663 } from "iso-3166";
import type { Actor } from "../../src/schema/index.js";

export interface IsoCodes {
  alpha2: string;
  alpha3: string;
  numeric: string | undefined;
  /** ISO 3166-3 code of a state that no longer exists. */
  former: string | undefined;
}

export function isoCodesOf(actor: Actor): IsoCodes | undefined {
  if (actor.isoCode) {
    const entry = iso31661.find((c) => c.alpha2 === actor.isoCode);
    if (!entry)
      throw new Error(`actors/${actor.slug}: isoCode ${actor.isoCode} is not in ISO 3166-1`);
    return {
      alpha2: entry.alpha2,
      alpha3: entry.alpha3,
      numeric: entry.numeric,
      former: undefined,
    };
  }
  if (actor.kind !== "STATE" && actor.kind !== "BLOC") return undefined;
  const names = new Set([actor.name, ...actor.aliases]);
  const gone = iso31663.find((c) => names.has(c.from.name));
  if (!gone) return undefined;
  return {
    alpha2: gone.from.alpha2,
    alpha3: gone.from.alpha3,
    numeric: gone.from.numeric,
    former: gone.alpha4,
  };
}
