// The views load their charts lazily (ui/lazyChart). A test file that draws one calls this in
// beforeAll, so the chart code (Recharts, seconds to load in jsdom) is ready when the view first
// draws, as it soon is in a browser, and findBy* queries need not wait for it.
export function loadCharts(): Promise<unknown> {
  return import("../counts/CountChart");
}
