// The count charts, loaded with Recharts when first drawn (see ui/lazyChart).
import { lazyChart } from "../ui/lazyChart";

export const CountChart = lazyChart(() => import("./CountChart").then((m) => m.CountChart));
