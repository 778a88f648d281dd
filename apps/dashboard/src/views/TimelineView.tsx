// The landing page: every event on a time axis over the periods, filters in the URL, and the
// events as a list by year — two clicks from a year to what the article says about it.
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { Link, useNavigate, useSearchParams } from "react-router";
import { useClient } from "../ClientContext";
import { EventList } from "../events/EventList";
import { FilterPanel } from "../filters/FilterPanel";
import { useFilters } from "../filters/useFilters";
import { NO_FILTERS, paramsWithFilters, toEventFilter } from "../filters/urlFilters";
import { periodBands } from "../timeline/periodBands";
import { TimelineChart } from "../timeline/lazyTimelineChart";
import { PERIOD_FILLS } from "../timeline/periodFills";
import type { ColorBy } from "../timeline/TimelineChart";
import { timelineDomain } from "../timeline/timelinePoints";
import { ParamRadios } from "../ui/ParamRadios";
import { QueryState } from "../ui/QueryState";
import { useDocumentTitle } from "../ui/useDocumentTitle";
import { useParamChoice } from "../ui/useParamChoice";

const PAGE = 100;

const COLOR_BY: readonly { value: ColorBy; label: string }[] = [
  { value: "relation", label: "Relation" },
  { value: "kind", label: "Kind" },
];

export function TimelineView() {
  useDocumentTitle("Timeline");
  const client = useClient();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [filters, setFilters] = useFilters();
  const [colorBy] = useParamChoice("color", COLOR_BY);

  const variables = { ...toEventFilter(filters), first: PAGE };
  const events = useQuery({
    queryKey: ["timeline", variables],
    queryFn: () => client.timeline(variables),
    placeholderData: keepPreviousData,
  });
  const lookups = useQuery({
    queryKey: ["periodsAndThemes"],
    queryFn: () => client.periodsAndThemes(),
  });
  const bands = lookups.data ? periodBands(lookups.data.periods) : [];

  /** A link to this view with other dates, keeping every other filter and option. */
  const withDates = (from?: string, to?: string) =>
    `?${paramsWithFilters(params, { ...filters, from, to })}`;

  return (
    <>
      <h1>Timeline</h1>
      <p className="lede">
        Seventy-five years of NATO–Russia relations as one article tells them. Open an event to read
        what the article says, and the sources it cites.
      </p>
      <FilterPanel filters={filters} onChange={setFilters} />
      <QueryState
        query={events}
        what="events"
        isEmpty={(data) => data.events.totalCount === 0}
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
        {(data) => {
          const list = data.events.edges.map((edge) => edge.node);
          const domain = timelineDomain(filters, list);
          const years = [...new Set(list.map((event) => event.date.year))];
          const zoomed = Boolean(filters.from || filters.to);
          return (
            <>
              <div className="toolbar">
                <p aria-live="polite" className="result-count">
                  {data.events.totalCount} {data.events.totalCount === 1 ? "event" : "events"},{" "}
                  {Math.floor(domain[0])}–{Math.ceil(domain[1]) - 1}
                  {events.isPlaceholderData && " (updating…)"}
                </p>
                <ParamRadios legend="Colour by" param="color" choices={COLOR_BY} />
                {zoomed && <Link to={withDates()}>Show all years</Link>}
              </div>
              <figure className="timeline" aria-labelledby="timeline-caption">
                <TimelineChart
                  events={list}
                  periods={bands}
                  domain={domain}
                  colorBy={colorBy}
                  onOpen={(slug) => void navigate(`/events/${slug}`)}
                  onZoom={(from, to) => void navigate(withDates(String(from), String(to)))}
                />
                <figcaption id="timeline-caption">
                  Each mark is an event: cooperation at the top, conflict at the bottom, the periods
                  of the relationship behind. Hover for its title, click to open it. Drag across the
                  chart, or set the dates above, to zoom to a range. Every event is also listed
                  below.
                </figcaption>
              </figure>
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
              {data.events.pageInfo.hasNextPage && (
                <p className="notice">
                  Showing the first {list.length} of {data.events.totalCount} events; narrow the
                  filters to see the rest.
                </p>
              )}
            </>
          );
        }}
      </QueryState>
    </>
  );
}
