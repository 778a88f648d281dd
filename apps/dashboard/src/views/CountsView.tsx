// Counts of the filtered events per year or decade, and by kind, actor and theme (eventStats).
// A bar opens the timeline at those events.
import type { EventStatsDimension } from "@nato-russia/client";
import { keepPreviousData, useQueries } from "@tanstack/react-query";
import { useNavigate } from "react-router";
import { useQueryOptions } from "../ClientContext";
import type { Bucket } from "../counts/CountChart";
import { CountChart } from "../counts/lazyCountChart";
import { FilterPanel } from "../filters/FilterPanel";
import { useFilters } from "../filters/useFilters";
import { NO_FILTERS, paramsWithFilters, toEventFilter, type Filters } from "../filters/urlFilters";
import { ErrorNotice } from "../ui/ErrorNotice";
import { Loading } from "../ui/Loading";
import { ParamRadios } from "../ui/ParamRadios";
import { useDocumentTitle } from "../ui/useDocumentTitle";
import { useParamChoice } from "../ui/useParamChoice";

// Long tails of actors and themes with one event each say little; the table has them all.
const TOP = 15;

const COUNT_PER = [
  { value: "year", label: "Year" },
  { value: "decade", label: "Decade" },
] as const;

export function CountsView() {
  useDocumentTitle("Counts");
  const queries = useQueryOptions();
  const navigate = useNavigate();
  const [filters, setFilters] = useFilters();
  const [countPer] = useParamChoice("by", COUNT_PER);
  const byDecade = countPer === "decade";
  const filter = toEventFilter(filters);

  const dimensions: EventStatsDimension[] = [
    byDecade ? "DECADE" : "YEAR",
    "KIND",
    "ACTOR",
    "THEME",
  ];
  const results = useQueries({
    queries: dimensions.map((groupBy) => ({
      ...queries.eventStats({ groupBy, filter }),
      placeholderData: keepPreviousData,
    })),
  });
  const failed = results.find((result) => result.isError);
  const [time, kinds, actors, themes] = results.map((result) => result.data?.eventStats);

  /** Opens the timeline at the events of one bar, within the current filters. */
  const open = (patch: Partial<Filters>) =>
    void navigate(`/?${paramsWithFilters(new URLSearchParams(), { ...filters, ...patch })}`);
  const openTime = (bucket: Bucket) => {
    const from = Number(bucket.key);
    open({ from: String(from), to: String(byDecade ? from + 9 : from) });
  };

  return (
    <>
      <h1>Counts</h1>
      <p className="lede">
        How many events the article records, by time, kind, actor and theme. Click a bar to see its
        events on the timeline.
      </p>
      <FilterPanel filters={filters} onChange={setFilters} />
      {failed ? (
        <ErrorNotice
          error={failed.error}
          onRetry={() => results.forEach((result) => void result.refetch())}
        >
          <button type="button" onClick={() => setFilters(NO_FILTERS)}>
            Clear all filters
          </button>
        </ErrorNotice>
      ) : !time || !kinds || !actors || !themes ? (
        <Loading what="counts" />
      ) : time.length === 0 ? (
        <div className="notice">
          <p>
            No events match these filters.{" "}
            <button type="button" className="link-button" onClick={() => setFilters(NO_FILTERS)}>
              Clear all filters
            </button>
          </p>
        </div>
      ) : (
        <>
          <ParamRadios legend="Count per" param="by" choices={COUNT_PER} />
          <div className="count-grid">
            <CountChart
              title={byDecade ? "Events per decade" : "Events per year"}
              buckets={time}
              layout="columns"
              onSelect={openTime}
            />
            <CountChart
              title="By kind"
              buckets={kinds}
              layout="rows"
              onSelect={(bucket) => open({ kinds: [bucket.key as Filters["kinds"][number]] })}
            />
            <CountChart
              title={actors.length > TOP ? `By actor (top ${TOP} of ${actors.length})` : "By actor"}
              buckets={actors}
              limit={TOP}
              layout="rows"
              onSelect={(bucket) => open({ actors: [bucket.key] })}
            />
            <CountChart
              title={themes.length > TOP ? `By theme (top ${TOP} of ${themes.length})` : "By theme"}
              buckets={themes}
              limit={TOP}
              layout="rows"
              onSelect={(bucket) => open({ themes: [bucket.key] })}
            />
          </div>
        </>
      )}
    </>
  );
}
