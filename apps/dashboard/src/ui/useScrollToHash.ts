import { useEffect } from "react";
import { useLocation } from "react-router";

/**
 * Scrolls to the element the URL's #fragment names once the view has drawn it (`ready`): the
 * browser does so only on a full page load, and these views render after their data arrives.
 */
export function useScrollToHash(ready: boolean): void {
  const { hash } = useLocation();
  useEffect(() => {
    if (!ready || hash.length < 2) return;
    // After the frame's other effects: the app scrolls to the top on every new view.
    const frame = requestAnimationFrame(() => {
      document.getElementById(decodeURIComponent(hash.slice(1)))?.scrollIntoView();
    });
    return () => cancelAnimationFrame(frame);
  }, [ready, hash]);
}
