// One count as a bar chart, with the same numbers as a table for screen readers and copying.
import type { EventStatsQuery } from "@nato-russia/client";
import { Bar, BarChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export type Bucket = EventStatsQuery["eventStats"][number];

const BAR_COLOR = "#2f6fb3";

/** Decades label a run of years; decades label themselves. */
function timeTicks(buckets: readonly Bucket[]): string[] | undefined {
  if (buckets.length <= 12) return undefined;
  return buckets.filter((bucket) => Number(bucket.key) % 10 === 0).map((bucket) => bucket.label);
}

export function CountChart({
  title,
  buckets,
  layout,
  limit,
  onSelect,
}: {
  title: string;
  buckets: readonly Bucket[];
  /** "columns" for time, "rows" for named groups (long labels read better across). */
  layout: "columns" | "rows";
  /** Bars drawn at most, largest first; the table lists every bucket. */
  limit?: number;
  onSelect: (bucket: Bucket) => void;
}) {
  const id = title.toLowerCase().replace(/\W+/g, "-");
  const rows = layout === "rows";
  const bars = buckets.slice(0, limit);
  return (
    <figure className="count-chart" aria-labelledby={id}>
      <figcaption id={id}>
        <h2>{title}</h2>
      </figcaption>
      <ResponsiveContainer
        width="100%"
        height={rows ? 40 + bars.length * 26 : 260}
        initialDimension={{ width: 480, height: 260 }}
      >
        <BarChart
          data={bars}
          layout={rows ? "vertical" : "horizontal"}
          margin={{ top: 4, right: 16, bottom: 4, left: 0 }}
        >
          {rows ? (
            <>
              <XAxis type="number" allowDecimals={false} />
              <YAxis
                type="category"
                dataKey="label"
                width={170}
                interval={0}
                tick={{ fontSize: 12 }}
              />
            </>
          ) : (
            <>
              <XAxis dataKey="label" tick={{ fontSize: 12 }} ticks={timeTicks(bars)} />
              <YAxis allowDecimals={false} width={32} />
            </>
          )}
          <Tooltip cursor={{ fill: "#0000000d" }} isAnimationActive={false} />
          <Bar
            dataKey="count"
            name="Events"
            fill={BAR_COLOR}
            isAnimationActive={false}
            cursor="pointer"
            onClick={(data) => {
              const bucket = (data as { payload?: Bucket }).payload;
              if (bucket) onSelect(bucket);
            }}
          />
        </BarChart>
      </ResponsiveContainer>
      <details>
        <summary>Show as a table</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">{title}</th>
              <th scope="col">Events</th>
            </tr>
          </thead>
          <tbody>
            {buckets.map((bucket) => (
              <tr key={bucket.key}>
                <th scope="row">
                  <button type="button" className="link-button" onClick={() => onSelect(bucket)}>
                    {bucket.label}
                  </button>
                </th>
                <td>{bucket.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
