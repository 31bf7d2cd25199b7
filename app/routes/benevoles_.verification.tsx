import type { MetaFunction } from "@remix-run/node";
import { Link } from "@remix-run/react";
import { useT } from "~/utils/i18n";
import { pageTitle } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "petition.sent.title", [{ name: "robots", content: "noindex" }]);

/** Shown after every sign-up, whether or not the address had signed up before; then, ways onward. */
export default function VolunteerSentPage() {
  const t = useT();
  return (
    <div className="narrow">
      <h1>{t("petition.sent.title")}</h1>
      <p role="status">{t("volunteers.sent.text")}</p>
      <ul>
        <li>
          <Link to="/petitions">{t("nav.act.sign")}</Link>
        </li>
        <li>
          <Link to="/signaler">{t("nav.act.report")}</Link>
        </li>
        <li>
          <Link to="/recours">{t("nav.act.legal")}</Link>
        </li>
      </ul>
    </div>
  );
}
