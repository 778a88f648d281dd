/** Hands the reader a file made in the page, as a download named `name`. */
export function saveFile(name: string, content: string | Blob, type: string): void {
  const blob = typeof content === "string" ? new Blob([content], { type }) : content;
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the URL by now; a later tick frees it.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** "nato-russia-events-2014-2022": what a file of a view is called, from its dates. */
export function fileStem(what: string, filters: { from?: string; to?: string }): string {
  const dates = [filters.from, filters.to].filter(Boolean).join("-to-");
  return `nato-russia-${what}${dates ? `-${dates.replace(/[^0-9a-z-]/gi, "")}` : ""}`;
}
