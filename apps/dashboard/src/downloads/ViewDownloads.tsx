// The current view as files: its events as CSV and JSON, its chart as SVG and PNG.
import type { EventSummaryFragment } from "@nato-russia/client";
import { useState, type RefObject } from "react";
import { chartPng, chartSvg } from "./chartImage";
import { eventsCsv } from "./eventsTable";
import "./downloads.css";
import { fileStem, saveFile } from "./saveFile";

export function ViewDownloads({
  events,
  chart,
  filters,
}: {
  events: readonly EventSummaryFragment[];
  chart: RefObject<SVGSVGElement | null>;
  filters: { from?: string; to?: string };
}) {
  const [problem, setProblem] = useState<string | null>(null);
  const eventsStem = fileStem("events", filters);
  const chartStem = fileStem("timeline", filters);
  return (
    <section aria-labelledby="downloads-heading">
      <h2 id="downloads-heading">Download this view</h2>
      <div className="download-buttons">
        <button
          type="button"
          onClick={() =>
            saveFile(`${eventsStem}.csv`, eventsCsv(events, window.location.origin), "text/csv")
          }
        >
          Events as CSV
        </button>
        <button
          type="button"
          onClick={() =>
            saveFile(`${eventsStem}.json`, JSON.stringify(events, null, 2), "application/json")
          }
        >
          Events as JSON
        </button>
        <button
          type="button"
          onClick={() =>
            chart.current && saveFile(`${chartStem}.svg`, chartSvg(chart.current), "image/svg+xml")
          }
        >
          Chart as SVG
        </button>
        <button
          type="button"
          onClick={() => {
            if (!chart.current) return;
            setProblem(null);
            chartPng(chart.current).then(
              (png) => saveFile(`${chartStem}.png`, png, "image/png"),
              (error: unknown) =>
                setProblem(`The PNG could not be made: ${(error as Error).message}`),
            );
          }}
        >
          Chart as PNG
        </button>
      </div>
      {problem && <p role="alert">{problem}</p>}
    </section>
  );
}
