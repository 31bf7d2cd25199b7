import { useLocation } from "@remix-run/react";
import { useEffect, useRef, useState } from "react";

/**
 * After a client-side navigation to another page, focus moves to the new page's h1 (or to
 * <main>) and its title is announced, as a full page load would let a screen reader know. Not
 * on the first load, not for a fetcher (the location does not change), not when only the query
 * or the hash changes on the same page (a filter being typed into keeps its focus). A failed form
 * that lands on another page focuses its error summary instead.
 */
export function RouteFocus() {
  const location = useLocation();
  const previous = useRef(location);
  const [announcement, setAnnouncement] = useState("");
  useEffect(() => {
    const before = previous.current;
    previous.current = location;
    if (before.key === location.key || before.pathname === location.pathname) return;
    const summary = document.querySelector<HTMLElement>(".error-summary");
    const target = summary ?? document.querySelector<HTMLElement>("main h1") ?? document.getElementById("content");
    if (target && !summary) {
      if (!target.hasAttribute("tabindex")) target.setAttribute("tabindex", "-1");
      target.focus({ preventScroll: true });
    }
    setAnnouncement(document.title);
  }, [location]);
  return (
    <div className="visually-hidden" aria-live="polite" aria-atomic="true" data-testid="route-announcer">
      {announcement}
    </div>
  );
}
