import { useEffect } from "react";

/** Names the browser tab (and the history entry) after the view. */
export function useDocumentTitle(title: string | undefined): void {
  useEffect(() => {
    document.title = title ? `${title} · NATO–Russia relations` : "NATO–Russia relations";
  }, [title]);
}
