// Pale fills so the marks in front keep their contrast; the chart and the legend share them.
export const PERIOD_FILLS = ["#e7eef8", "#f4efe2", "#e8f3ec", "#f6e8e8", "#eee8f6", "#e6f2f4"];
