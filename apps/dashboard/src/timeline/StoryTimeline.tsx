// The timeline as one SVG: the periods behind, each event as a bar over all the time it may
// cover in its relation's lane, coloured by its kind's family, the empty decades squeezed, the
// turning points named. Drag across it to zoom; hover or focus a mark for its title.
import { forwardRef, useState, type PointerEvent } from "react";
import { RELATIONS } from "../labels";
import { KEY_EVENTS } from "./keyEvents";
import { DOT, layoutMarks, type Mark } from "./layoutMarks";
import { PERIOD_FILLS, type PeriodBand } from "./periodBands";
import { dateSpan, type TimelineEvent } from "./timelinePoints";
import { axisTicks, timeScale } from "./timeScale";

const LANE_LABEL = {
  NON_INTERACTION: "No interaction",
  MATERIAL_COOPERATION: "Cooperation in deeds",
  VERBAL_COOPERATION: "Cooperation in words",
  VERBAL_CONFLICT: "Conflict in words",
  MATERIAL_CONFLICT: "Conflict in deeds",
} as const;

const SIDE = 18;
const ROW = 13;
const LANE_HEAD = 15;
const LABEL_ROW = 15;
const AXIS = 26;
const TEXT = "#1c1f24";
const MUTED = "#515761";

interface StoryTimelineProps {
  events: readonly TimelineEvent[];
  periods: readonly PeriodBand[];
  domain: [number, number];
  width: number;
  onOpen: (slug: string) => void;
  onZoom: (from: number, to: number) => void;
}

/** Key events' labels on two rows above the lanes, each left out where it would overlap. */
function placeLabels(marks: readonly Mark[], width: number) {
  const rows: number[] = [-Infinity, -Infinity];
  return KEY_EVENTS.flatMap(({ slug, label }) => {
    const mark = marks.find((m) => m.event.slug === slug);
    if (!mark) return [];
    const x = Math.min(Math.max((mark.x1 + mark.x2) / 2, 0), width);
    const textWidth = label.length * 6.3;
    const left = Math.min(Math.max(x - textWidth / 2, 0), width - textWidth);
    const row = rows.findIndex((end) => left >= end + 6);
    if (row === -1) return [];
    rows[row] = left + textWidth;
    return [{ slug, label, x, left, row }];
  }).sort((a, b) => a.left - b.left);
}

export const StoryTimeline = forwardRef<SVGSVGElement, StoryTimelineProps>(function StoryTimeline(
  { events, periods, domain, width, onOpen, onZoom },
  ref,
) {
  const [hover, setHover] = useState<{ mark: Mark; top: number } | null>(null);
  const [drag, setDrag] = useState<{ start: number; end: number } | null>(null);
  const plotWidth = Math.max(width - 2 * SIDE, 100);
  const scale = timeScale(
    events.map((event) => dateSpan(event.date)),
    domain,
  );
  const { marks, rowsPerLane } = layoutMarks(events, scale, plotWidth);
  const labels = placeLabels(marks, plotWidth);
  const top = 2 * LABEL_ROW + 6;
  const laneTops: number[] = [];
  let y = top;
  for (const rows of rowsPerLane) {
    laneTops.push(y);
    y += LANE_HEAD + rows * ROW + 4;
  }
  const plotBottom = y;
  const height = plotBottom + AXIS;
  const ticks = axisTicks(scale, (width < 500 ? 44 : 52) / plotWidth);
  const markY = (mark: Mark) => laneTops[mark.lane]! + LANE_HEAD + mark.row * ROW;

  const localX = (event: PointerEvent<SVGRectElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    return Math.min(Math.max(event.clientX - box.left, 0), box.width);
  };
  const finish = () => {
    if (drag && Math.abs(drag.end - drag.start) > 8) {
      const [a, b] = [drag.start, drag.end]
        .map((x) => scale.yearAt(x / plotWidth))
        .sort((p, q) => p - q);
      onZoom(Math.floor(a!), Math.max(Math.floor(b!), Math.floor(a!)));
    }
    setDrag(null);
  };

  return (
    <div className="story-timeline" onPointerLeave={() => setHover(null)}>
      <svg
        ref={ref}
        xmlns="http://www.w3.org/2000/svg"
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        fontFamily="system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif"
        role="img"
        aria-label={`Timeline of ${events.length} events, ${domain[0]}–${domain[1] - 1}`}
      >
        <rect width={width} height={height} fill="#ffffff" />
        <g transform={`translate(${SIDE},0)`}>
          {periods.map((period, index) => {
            const x1 = scale.at(Math.max(period.start, domain[0])) * plotWidth;
            const x2 = scale.at(Math.min(period.end ?? domain[1], domain[1])) * plotWidth;
            if (x2 <= x1) return null;
            return (
              <rect
                key={period.slug}
                className="period-band"
                x={x1}
                y={top}
                width={x2 - x1}
                height={plotBottom - top}
                fill={PERIOD_FILLS[index % PERIOD_FILLS.length]}
              />
            );
          })}
          {scale.gaps.map((gap) => {
            const x1 = scale.at(gap.start) * plotWidth;
            const x2 = scale.at(gap.end) * plotWidth;
            return (
              <g key={gap.start} className="gap">
                <rect
                  x={x1}
                  y={top}
                  width={x2 - x1}
                  height={plotBottom - top}
                  fill="url(#gap-hatch)"
                />
                <text
                  x={(x1 + x2) / 2}
                  y={plotBottom + 22}
                  fontSize={10}
                  fill={MUTED}
                  textAnchor="middle"
                >
                  {x2 - x1 > 40 ? "≈ squeezed" : "≈"}
                </text>
              </g>
            );
          })}
          <defs>
            <pattern
              id="gap-hatch"
              width="6"
              height="6"
              patternUnits="userSpaceOnUse"
              patternTransform="rotate(45)"
            >
              <line x1="0" y1="0" x2="0" y2="6" stroke="#c9ced6" strokeWidth="1" />
            </pattern>
          </defs>
          {RELATIONS.map((relation, lane) => (
            <g key={relation}>
              <line
                x1={0}
                x2={plotWidth}
                y1={laneTops[lane]}
                y2={laneTops[lane]}
                stroke="#d5d9df"
              />
              <text x={2} y={laneTops[lane]! + 11} fontSize={10.5} fill={MUTED}>
                {LANE_LABEL[relation]}
              </text>
            </g>
          ))}
          <rect
            className="zoom-area"
            x={0}
            y={top}
            width={plotWidth}
            height={plotBottom - top}
            fill="transparent"
            style={{ cursor: "crosshair", touchAction: "pan-y" }}
            onPointerDown={(event) => {
              event.currentTarget.setPointerCapture(event.pointerId);
              const x = localX(event);
              setDrag({ start: x, end: x });
            }}
            onPointerMove={(event) => drag && setDrag({ ...drag, end: localX(event) })}
            onPointerUp={finish}
            onPointerCancel={() => setDrag(null)}
          />
          {drag && (
            <rect
              x={Math.min(drag.start, drag.end)}
              y={top}
              width={Math.abs(drag.end - drag.start)}
              height={plotBottom - top}
              fill="#1d3557"
              fillOpacity={0.15}
              pointerEvents="none"
            />
          )}
          {labels.map((label) => {
            const mark = marks.find((m) => m.event.slug === label.slug)!;
            const labelY = 12 + label.row * LABEL_ROW;
            return (
              <g key={label.slug} className="key-event" pointerEvents="none">
                <line
                  x1={label.x}
                  x2={label.x}
                  y1={labelY + 3}
                  y2={markY(mark)}
                  stroke={MUTED}
                  strokeDasharray="2 2"
                />
                <text x={label.left} y={labelY} fontSize={11} fontWeight={600} fill={TEXT}>
                  {label.label}
                </text>
              </g>
            );
          })}
          {marks.map((mark) => {
            const markTop = markY(mark);
            return (
              // Not links: the list below holds one per event, for keyboards and screen readers.
              <g
                key={mark.event.slug}
                className="timeline-mark"
                data-slug={mark.event.slug}
                onClick={() => onOpen(mark.event.slug)}
                onPointerEnter={() => setHover({ mark, top: markTop })}
                onPointerLeave={() => setHover(null)}
              >
                <title>{`${mark.event.title}, ${mark.event.date.label}`}</title>
                {mark.dot ? (
                  <circle
                    cx={(mark.x1 + mark.x2) / 2}
                    cy={markTop + 5}
                    r={DOT / 2}
                    fill={mark.color}
                    stroke="#ffffff"
                  />
                ) : (
                  <rect
                    x={mark.x1}
                    y={markTop}
                    width={mark.x2 - mark.x1}
                    height={10}
                    rx={3}
                    fill={mark.color}
                    stroke="#ffffff"
                  />
                )}
              </g>
            );
          })}
          <line x1={0} x2={plotWidth} y1={plotBottom} y2={plotBottom} stroke={MUTED} />
          {ticks.map((year) => (
            <g key={year} transform={`translate(${scale.at(year) * plotWidth},${plotBottom})`}>
              <line y2={4} stroke={MUTED} />
              <text y={14} fontSize={11} fill={TEXT} textAnchor="middle">
                {year}
              </text>
            </g>
          ))}
        </g>
      </svg>
      {hover && (
        <div
          className="chart-tooltip"
          role="presentation"
          style={{
            left: Math.min(SIDE + hover.mark.x1, width - 220),
            top: hover.top + 14,
          }}
        >
          <strong>{hover.mark.event.title}</strong>
          <br />
          {hover.mark.event.date.label}
        </div>
      )}
    </div>
  );
});
