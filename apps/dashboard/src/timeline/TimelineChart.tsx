// The timeline: events as marks over the periods of the relationship, drawn with Recharts.
import type { EventKind, Relation } from "@nato-russia/client";
import {
  Legend,
  ReferenceArea,
  ResponsiveContainer,
  Scatter,
  ScatterChart,
  Tooltip,
  XAxis,
  YAxis,
  ZAxis,
} from "recharts";
import { humanize, kindMark, RELATION_COLOR, RELATIONS } from "../labels";
import {
  laneOf,
  timelinePoints,
  yearTicks,
  type TimelineEvent,
  type TimelinePoint,
} from "./timelinePoints";
import { PERIOD_FILLS } from "./periodFills";
import { ZoomSelection } from "./ZoomSelection";

export type ColorBy = "relation" | "kind";

export interface PeriodBand {
  slug: string;
  name: string;
  start: number;
  /** null while the period lasts. */
  end: number | null;
}

interface Series {
  key: string;
  name: string;
  color: string;
  shape: "circle" | "diamond";
  points: TimelinePoint[];
}

function seriesOf(points: TimelinePoint[], colorBy: ColorBy): Series[] {
  if (colorBy === "relation") {
    return RELATIONS.map((relation) => ({
      key: relation,
      name: humanize(relation),
      color: RELATION_COLOR[relation],
      shape: "circle" as const,
      points: points.filter((point) => point.relation === relation),
    })).filter((series) => series.points.length > 0);
  }
  const kinds = [...new Set(points.map((point) => point.kind))].sort() as EventKind[];
  return kinds.map((kind) => ({
    key: kind,
    name: humanize(kind),
    ...kindMark(kind),
    points: points.filter((point) => point.kind === kind),
  }));
}

function EventTooltip({
  active,
  payload,
}: {
  active?: boolean;
  payload?: readonly { payload?: unknown }[];
}) {
  const point = payload?.[0]?.payload as TimelinePoint | undefined;
  if (!active || !point) return null;
  return (
    <div className="chart-tooltip">
      <strong>{point.title}</strong>
      <br />
      {point.label} · {humanize(point.kind)} · {humanize(point.relation)}
    </div>
  );
}

const LANE_LABEL: Record<Relation, string> = {
  NON_INTERACTION: "No interaction",
  MATERIAL_COOPERATION: "Cooperation (deeds)",
  VERBAL_COOPERATION: "Cooperation (words)",
  VERBAL_CONFLICT: "Conflict (words)",
  MATERIAL_CONFLICT: "Conflict (deeds)",
};

interface TimelineChartProps {
  events: readonly TimelineEvent[];
  periods: readonly PeriodBand[];
  domain: [number, number];
  colorBy: ColorBy;
  onOpen: (slug: string) => void;
  onZoom: (from: number, to: number) => void;
}

export function TimelineChart({
  events,
  periods,
  domain,
  colorBy,
  onOpen,
  onZoom,
}: TimelineChartProps) {
  const points = timelinePoints(events, domain);
  const series = seriesOf(points, colorBy);
  return (
    <ResponsiveContainer width="100%" height={380} initialDimension={{ width: 800, height: 380 }}>
      <ScatterChart margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
        {periods.map((period, index) => (
          <ReferenceArea
            key={period.slug}
            x1={Math.max(period.start, domain[0])}
            x2={Math.min(period.end ?? domain[1], domain[1])}
            y1={-0.5}
            y2={RELATIONS.length - 0.5}
            fill={PERIOD_FILLS[index % PERIOD_FILLS.length]}
            fillOpacity={1}
            ifOverflow="hidden"
          />
        ))}
        <XAxis
          type="number"
          dataKey="x"
          name="Year"
          domain={domain}
          ticks={yearTicks(domain)}
          allowDataOverflow
          tickFormatter={(year: number) => String(Math.round(year))}
        />
        <YAxis
          type="number"
          dataKey="y"
          domain={[-0.5, RELATIONS.length - 0.5]}
          ticks={RELATIONS.map(laneOf)}
          tickFormatter={(lane: number) => LANE_LABEL[RELATIONS[RELATIONS.length - 1 - lane]!]}
          width={88}
          tick={{ fontSize: 11 }}
        />
        {/* Marks big enough to hit with a finger. */}
        <ZAxis range={[110, 110]} />
        <Tooltip content={EventTooltip} cursor={false} isAnimationActive={false} />
        <ZoomSelection onZoom={onZoom} />
        {series.map((item) => (
          <Scatter
            key={item.key}
            name={item.name}
            data={item.points}
            fill={item.color}
            shape={item.shape}
            isAnimationActive={false}
            className="timeline-mark"
            onClick={(data) => {
              const slug = (data as { payload?: TimelinePoint }).payload?.slug;
              if (slug) onOpen(slug);
            }}
          />
        ))}
        <Legend
          verticalAlign="bottom"
          wrapperStyle={{ fontSize: 13 }}
          // Lane order, top to bottom, and body text colour: the marks carry the colour.
          itemSorter={null}
          formatter={(value) => <span className="legend-label">{value}</span>}
        />
      </ScatterChart>
    </ResponsiveContainer>
  );
}
