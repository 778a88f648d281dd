// Drag across the timeline to zoom to that range: a transparent layer over the plot area,
// below the marks so they stay clickable. The date fields do the same from the keyboard.
import { useState, type PointerEvent } from "react";
import { usePlotArea, useXAxisInverseScale, ZIndexLayer } from "recharts";

// Above the period bands (100), below the marks (600).
const Z_INDEX = 150;

export function ZoomSelection({ onZoom }: { onZoom: (from: number, to: number) => void }) {
  const plot = usePlotArea();
  const toYear = useXAxisInverseScale();
  const [drag, setDrag] = useState<{ start: number; end: number } | null>(null);
  if (!plot || !toYear) return null;

  const localX = (event: PointerEvent<SVGRectElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    return Math.min(Math.max(event.clientX - box.left, 0), box.width) + plot.x;
  };
  const finish = () => {
    if (drag && Math.abs(drag.end - drag.start) > 8) {
      const [a, b] = [Number(toYear(drag.start)), Number(toYear(drag.end))].sort((x, y) => x - y);
      onZoom(Math.floor(a!), Math.max(Math.floor(b!), Math.floor(a!)));
    }
    setDrag(null);
  };

  return (
    <ZIndexLayer zIndex={Z_INDEX}>
      <rect
        x={plot.x}
        y={plot.y}
        width={plot.width}
        height={plot.height}
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
          y={plot.y}
          width={Math.abs(drag.end - drag.start)}
          height={plot.height}
          fill="#1d3557"
          fillOpacity={0.15}
          pointerEvents="none"
        />
      )}
    </ZIndexLayer>
  );
}
