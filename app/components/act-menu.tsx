// The "Agir" (act) group of the header: every way to act, on every page and at every width.
// A <details> disclosure, so it opens without JavaScript; with JavaScript it closes again after
// a client-side navigation and on Escape.
import { Link, useLocation } from "@remix-run/react";
import { useEffect, useRef } from "react";
import { useT } from "~/utils/i18n";

export function ActMenu() {
  const t = useT();
  const details = useRef<HTMLDetailsElement>(null);
  const { key } = useLocation();
  const shownKey = useRef(key);
  useEffect(() => {
    // Only after a navigation: on hydration the visitor may already have opened it.
    if (shownKey.current === key) return;
    shownKey.current = key;
    if (details.current) details.current.open = false;
  }, [key]);
  return (
    <details
      className="act-menu"
      ref={details}
      onKeyDown={(event) => {
        if (event.key === "Escape" && details.current?.open) {
          details.current.open = false;
          details.current.querySelector("summary")?.focus();
        }
      }}
    >
      <summary>{t("nav.act")}</summary>
      <ul>
        <li>
          <Link to="/petitions">{t("nav.act.sign")}</Link>
        </li>
        <li>
          <Link to="/signaler">{t("nav.act.report")}</Link>
        </li>
        <li>
          <Link to="/benevoles">{t("nav.act.volunteer")}</Link>
        </li>
        <li>
          <Link to="/don">{t("nav.act.donate")}</Link>
        </li>
        <li>
          <Link to="/recours">{t("nav.act.legal")}</Link>
        </li>
        {/* On a phone the header keeps its main links only; the others are here (issue 17). */}
        <li className="narrow-only act-menu-separator">
          <Link to="/carte">{t("nav.map")}</Link>
        </li>
        <li className="narrow-only">
          <Link to="/entreprises">{t("nav.companies")}</Link>
        </li>
        <li className="narrow-only">
          <Link to="/">{t("nav.home")}</Link>
        </li>
      </ul>
    </details>
  );
}
