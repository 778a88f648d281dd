// The event filters shared by the timeline and the counts: dates, kind, relation, actor, theme,
// period. Every change is a new URL.
import { useQuery } from "@tanstack/react-query";
import { useQueryOptions } from "../ClientContext";
import { EVENT_KINDS, humanize, RELATIONS } from "../labels";
import { CheckboxGroup } from "./CheckboxGroup";
import { DateRangeForm } from "./DateRangeForm";
import { hasFilters, NO_FILTERS, type Filters } from "./urlFilters";

export function FilterPanel({
  filters,
  onChange,
}: {
  filters: Filters;
  onChange: (next: Filters) => void;
}) {
  const queries = useQueryOptions();
  const actors = useQuery(queries.actors());
  const lookups = useQuery(queries.periodsAndThemes());
  const actorOptions = (actors.data?.actors.edges ?? [])
    .map(({ node }) => ({ value: node.slug, label: node.name }))
    .sort((a, b) => a.label.localeCompare(b.label));
  const themeOptions = (lookups.data?.themes ?? []).map((theme) => ({
    value: theme.slug,
    label: theme.name,
  }));
  const periodOptions = (lookups.data?.periods ?? []).map((period) => ({
    value: period.slug,
    label: period.name,
  }));
  const set = (patch: Partial<Filters>) => onChange({ ...filters, ...patch });

  return (
    <section className="filters" aria-label="Filters">
      <DateRangeForm
        // A new URL (Back, a link) resets what was typed.
        key={`${filters.from ?? ""}|${filters.to ?? ""}`}
        from={filters.from}
        to={filters.to}
        onApply={(from, to) => set({ from, to })}
      />
      <div className="filter-groups">
        <CheckboxGroup
          legend="Kind"
          options={EVENT_KINDS.map((kind) => ({ value: kind, label: humanize(kind) }))}
          selected={filters.kinds}
          onChange={(kinds) => set({ kinds: kinds as Filters["kinds"] })}
        />
        <CheckboxGroup
          legend="Relation"
          options={RELATIONS.map((relation) => ({ value: relation, label: humanize(relation) }))}
          selected={filters.relations}
          onChange={(relations) => set({ relations: relations as Filters["relations"] })}
        />
        <CheckboxGroup
          legend="Actor"
          options={actorOptions}
          selected={filters.actors}
          onChange={(next) => set({ actors: next })}
        />
        <CheckboxGroup
          legend="Theme"
          options={themeOptions}
          selected={filters.themes}
          onChange={(next) => set({ themes: next })}
        />
        <CheckboxGroup
          legend="Period"
          options={periodOptions}
          selected={filters.periods}
          onChange={(next) => set({ periods: next })}
        />
      </div>
      {hasFilters(filters) && (
        <button type="button" className="link-button" onClick={() => onChange(NO_FILTERS)}>
          Clear all filters
        </button>
      )}
    </section>
  );
}
