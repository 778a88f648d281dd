// Charts load with the chart library (Recharts, the largest dependency) only when a view draws
// one: the first view's JavaScript stays small, and views without a chart never fetch it.
import { lazy, Suspense, type ComponentType } from "react";

/** A component that loads the chart `load` resolves to on first render, then draws it. */
export function lazyChart<P extends object>(load: () => Promise<ComponentType<P>>) {
  const Chart = lazy(() => load().then((component) => ({ default: component })));
  return function LazyChart(props: P) {
    return (
      <Suspense fallback={null}>
        <Chart {...props} />
      </Suspense>
    );
  };
}
