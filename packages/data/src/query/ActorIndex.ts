import type { DatasetRecords } from "../entities.js";
import type { Actor, Event } from "../schema/index.js";
import type { ActorFilter } from "./ActorFilter.js";
import { checkCountryCode } from "./countryCode.js";
import type { EventFilter } from "./EventFilter.js";
import { QueryError } from "./QueryError.js";

/** What the actor filter needs from the rest of the query layer. */
export interface ActorIndexDeps {
  /** Actors matching words, by relevance (the search index). */
  searchActors: (text: string) => Actor[];
  /** Events matching a filter (the event index); throws QueryError on bad input. */
  filterEvents: (filter: EventFilter) => Event[];
  /** Whether a reference with this slug exists. */
  hasReference: (slug: string) => boolean;
}

/** The works an actor cites, in its sources or its check. */
function citedBy(actor: Actor): Set<string> {
  return new Set([...actor.sources.flatMap((s) => s.references), ...actor.verification.references]);
}

/**
 * Actor filters. The dataset holds a few dozen actors, so each filter is a pass over them; only
 * `events` reaches into the event index, and `text` into the search index.
 */
export class ActorIndex {
  private readonly references: ReadonlyMap<Actor, Set<string>>;

  constructor(
    private readonly records: DatasetRecords,
    private readonly deps: ActorIndexDeps,
  ) {
    this.references = new Map(records.actors.map((a) => [a, citedBy(a)]));
  }

  /**
   * Actors matching every field of the filter: in dataset order, or by relevance when filtered
   * by text. Throws QueryError on a bad country code, an unknown slug, or what `filterEvents`
   * and `search` reject (the field then named under `events.`).
   */
  filterActors(filter: ActorFilter = {}): Actor[] {
    filter.countries?.forEach((code) => checkCountryCode(code, "countries"));
    if (filter.reference != null && !this.deps.hasReference(filter.reference))
      throw new QueryError(
        "UNKNOWN_SLUG",
        `reference has an unknown slug "${filter.reference}"`,
        "reference",
      );
    const inEvents = filter.events ? this.actorsOfEvents(filter.events) : undefined;
    const kinds = filter.kinds?.length ? new Set<string>(filter.kinds) : undefined;
    const countries = filter.countries?.length ? new Set(filter.countries) : undefined;
    const statuses = filter.verification?.length ? new Set<string>(filter.verification) : undefined;
    const reference = filter.reference;

    const actors = filter.text ? this.deps.searchActors(filter.text) : this.records.actors;
    return actors.filter(
      (a) =>
        (!kinds || kinds.has(a.kind)) &&
        (!countries || (a.isoCode !== undefined && countries.has(a.isoCode))) &&
        (!statuses || statuses.has(a.verification.status)) &&
        (reference == null || this.references.get(a)!.has(reference)) &&
        (!inEvents || inEvents.has(a.slug)),
    );
  }

  /** Slugs of the actors taking part in the events a filter matches. */
  private actorsOfEvents(filter: EventFilter): Set<string> {
    let events: Event[];
    try {
      events = this.deps.filterEvents(filter);
    } catch (error) {
      if (!(error instanceof QueryError)) throw error;
      const field = error.field ? `events.${error.field}` : "events";
      throw new QueryError(error.code, `events.${error.message}`, field);
    }
    return new Set(events.flatMap((e) => e.actors.map((a) => a.actor)));
  }
}
