// The timeline chart, loaded with Recharts when first drawn (see ui/lazyChart).
import { lazyChart } from "../ui/lazyChart";

export const TimelineChart = lazyChart(() =>
  import("./TimelineChart").then((m) => m.TimelineChart),
);
