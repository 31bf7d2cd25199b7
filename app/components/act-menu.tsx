// The "Agir" (act) group of the header: every way to act, on every page and at every width.
// A <details> disclosure, so it opens without JavaScript; with JavaScript it closes again after
// a client-side navigation and on Escape.
import { Link, useLocation } from "@remix-run/react";
import { useEffect, useRef } from "react";
import type { MessageKey } from "~/locales/fr";
import { useT } from "~/utils/i18n";

/** Every way to act, in the order the site offers them: the act menu, and the ways onward after acting. */
export const ACT_LINKS = [
  { to: "/petitions", label: "nav.act.sign" },
  { to: "/signaler", label: "nav.act.report" },
  { to: "/benevoles", label: "nav.act.volunteer" },
  { to: "/groupes", label: "nav.groups" },
  { to: "/don", label: "nav.act.donate" },
  { to: "/recours", label: "nav.act.legal" },
] as const satisfies readonly { to: string; label: MessageKey }[];

export type ActPath = (typeof ACT_LINKS)[number]["to"];

/** The act links as list items, less those named in `omit` (say, the way the visitor just took). */
export function ActLinkItems({ omit = [] }: { omit?: ActPath[] }) {
  const t = useT();
  return ACT_LINKS.filter((link) => !omit.includes(link.to)).map((link) => (
    <li key={link.to}>
      <Link to={link.to}>{t(link.label)}</Link>
    </li>
  ));
}

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
        <ActLinkItems />
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
