// The landing page: every event on a time axis over the periods, filters in the URL, and the
// events as a list by year — two clicks from a year to what the article says about it.
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { TimelineQuery } from "@nato-russia/client";
import { useRef } from "react";
import { Link, useNavigate, useSearchParams } from "react-router";
import { useQueryOptions } from "../ClientContext";
import { EventList } from "../events/EventList";
import { FilterPanel } from "../filters/FilterPanel";
import { useFilters } from "../filters/useFilters";
import { NO_FILTERS, paramsWithFilters, toEventFilter } from "../filters/urlFilters";
import { CiteThisView } from "../downloads/CiteThisView";
import { ViewDownloads } from "../downloads/ViewDownloads";
import "../timeline/timeline.css";
import { FamilyLegend } from "../timeline/FamilyLegend";
import { PERIOD_FILLS, periodBands } from "../timeline/periodBands";
import { StoryTimeline } from "../timeline/StoryTimeline";
import { dataYears, timelineDomain } from "../timeline/timelinePoints";
import { useElementWidth } from "../timeline/useElementWidth";
import { SourceSwitch } from "../sources/SourceSwitch";
import { useSourceFilter } from "../sources/useSourceFilter";
import type { Source } from "../sources/sourceChoice";
import { useAllPages } from "../ui/useAllPages";
import { QueryState, type QueryLike } from "../ui/QueryState";
import { useDocumentTitle } from "../ui/useDocumentTitle";

const PAGE = 100;

/** What the timeline shows, for each choice of the source switch. */
const LEDE: Record<Source, string> = {
  article:
    "Seventy-five years of NATO–Russia relations as one article tells them. Open an event to read what the article says, and the sources it cites.",
  record:
    "NATO–Russia relations as the official record documents them: treaties, declarations, communiqués, statements and wire reports. Open an event to read the quotes that attest it.",
  both: "NATO–Russia relations as one article tells them and as the official record documents them. Open an event to read what the article says, the record's quotes, and the sources they cite.",
};

type TimelineEvent = TimelineQuery["events"]["edges"][number]["node"];

export function TimelineView() {
  useDocumentTitle("Timeline");
  const queries = useQueryOptions();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [filters, setFilters] = useFilters();
  const [figure, width] = useElementWidth<HTMLElement>(800);
  const chart = useRef<SVGSVGElement>(null);

  const source = useSourceFilter();
  const variables = {
    ...toEventFilter(filters),
    documentRoles: source.documentRoles,
    first: PAGE,
  };
  // Every page of the filter's events: the chart and the list show them all.
  const pages = useAllPages({
    ...queries.infinite.timeline(variables),
    placeholderData: keepPreviousData,
  });
  const events: QueryLike<{ totalCount: number; list: TimelineEvent[] }> = {
    isError: pages.isError,
    error: pages.error,
    data: pages.complete
      ? {
          totalCount: pages.data!.pages[0]!.events.totalCount,
          list: pages.data!.pages.flatMap((page) => page.events.edges.map((edge) => edge.node)),
        }
      : undefined,
    refetch: () => pages.refetch(),
  };
  const lookups = useQuery(queries.periodsAndThemes());
  const bands = lookups.data ? periodBands(lookups.data.periods) : [];

  /** A link to this view with other dates, keeping every other filter and option. */
  const withDates = (from?: string, to?: string) =>
    `?${paramsWithFilters(params, { ...filters, from, to })}`;

  return (
    <>
      <h1>Timeline</h1>
      <p className="lede">{LEDE[source.source]}</p>
      <SourceSwitch />
      <FilterPanel filters={filters} onChange={setFilters} />
      <QueryState
        query={events}
        what="events"
        isEmpty={(data) => data.totalCount === 0}
        empty={
          <p>
            No events match these filters.{" "}
            <button type="button" className="link-button" onClick={() => setFilters(NO_FILTERS)}>
              Clear all filters
            </button>
          </p>
        }
        errorActions={
          <button type="button" onClick={() => setFilters(NO_FILTERS)}>
            Clear all filters
          </button>
        }
      >
        {({ totalCount, list }) => {
          const domain = timelineDomain(filters, list);
          const range = dataYears(list);
          const years = [...new Set(list.map((event) => event.date.year))];
          const zoomed = Boolean(filters.from || filters.to);
          return (
            <>
              <div className="toolbar">
                <p aria-live="polite" className="result-count">
                  {totalCount} {totalCount === 1 ? "event" : "events"},{" "}
                  {zoomed || !range ? `${domain[0]}–${domain[1] - 1}` : `${range[0]}–${range[1]}`}
                  {pages.isPlaceholderData && " (updating…)"}
                </p>
                {zoomed && <Link to={withDates()}>Show all years</Link>}
              </div>
              <figure className="timeline" aria-labelledby="timeline-caption" ref={figure}>
                <StoryTimeline
                  ref={chart}
                  events={list}
                  periods={bands}
                  domain={domain}
                  width={width}
                  onOpen={(slug) => void navigate(`/events/${slug}`)}
                  onZoom={(from, to) => void navigate(withDates(String(from), String(to)))}
                />
                <figcaption id="timeline-caption">
                  Each bar is an event over all the time it may cover: a span from its start to its
                  end, a whole year when only the year is known, a dot for a day. Cooperation at the
                  top, conflict at the bottom, the periods of the relationship behind; hatched
                  stretches are years without events, squeezed. Hover for a title, click to open it,
                  drag across the chart or set the dates above to zoom. Every event is also listed
                  below.
                </figcaption>
              </figure>
              <FamilyLegend kinds={list.map((event) => event.kind)} />
              <div className="view-tools">
                <ViewDownloads events={list} chart={chart} filters={filters} />
                <CiteThisView filters={filters} />
              </div>
              {bands.length > 0 && (
                <ul className="period-legend" aria-label="Periods of the relationship">
                  {bands.map((band, index) => (
                    <li key={band.slug}>
                      <span
                        className="swatch band"
                        style={{ background: PERIOD_FILLS[index % PERIOD_FILLS.length] }}
                        aria-hidden
                      />
                      <Link
                        to={`?${paramsWithFilters(params, { ...filters, periods: [band.slug] })}`}
                      >
                        {band.name}
                      </Link>{" "}
                      ({Math.floor(band.start)}–{band.end ? Math.floor(band.end) : "today"})
                    </li>
                  ))}
                </ul>
              )}
              <nav aria-label="Years" className="year-links">
                <h2>Events by year</h2>
                <ul>
                  {years.map((year) => (
                    <li key={year}>
                      <Link
                        to={withDates(String(year), String(year))}
                        aria-label={`Only ${year}`}
                        aria-current={
                          filters.from === String(year) && filters.to === String(year)
                            ? "page"
                            : undefined
                        }
                      >
                        {year}
                      </Link>
                    </li>
                  ))}
                </ul>
              </nav>
              <EventList events={list} />
            </>
          );
        }}
      </QueryState>
    </>
  );
}
