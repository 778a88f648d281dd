// The turning points the timeline names on the chart itself; the rest are named on hover and
// in the list below. An editorial choice, as a caption is: the article's own turning points.
export const KEY_EVENTS: readonly { slug: string; label: string }[] = [
  { slug: "cold-war", label: "Cold War" },
  { slug: "soviet-union-collapses", label: "USSR collapses" },
  { slug: "nato-russia-founding-act", label: "Founding Act" },
  { slug: "nato-russia-council-founded", label: "NATO–Russia Council" },
  { slug: "russia-invades-georgia", label: "Georgia war" },
  { slug: "russia-annexes-crimea", label: "Crimea annexed" },
  { slug: "russia-invades-ukraine", label: "Invasion of Ukraine" },
  { slug: "finland-joins-nato", label: "Finland joins" },
];
