import { useCallback, useEffect, useRef, useState } from "react";

/**
 * The width of an element, kept up to date as it resizes; `initial` until first measured. A
 * callback ref, so an element drawn only once data arrives is measured too.
 */
export function useElementWidth<T extends HTMLElement>(initial: number) {
  const [width, setWidth] = useState(initial);
  const observer = useRef<ResizeObserver | null>(null);
  const ref = useCallback(
    (element: T | null) => {
      observer.current?.disconnect();
      observer.current = null;
      if (!element || typeof ResizeObserver === "undefined") return;
      setWidth(Math.round(element.getBoundingClientRect().width) || initial);
      observer.current = new ResizeObserver(([entry]) => {
        if (entry) setWidth(Math.round(entry.contentRect.width));
      });
      observer.current.observe(element);
    },
    [initial],
  );
  useEffect(() => () => observer.current?.disconnect(), []);
  return [ref, width] as const;
}
