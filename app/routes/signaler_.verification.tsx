import type { MetaFunction } from "@remix-run/node";
import { Link } from "@remix-run/react";
import { useT } from "~/utils/i18n";
import { pageTitle } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "petition.sent.title", { noindex: true });

/** Shown after every report sent: the reporter confirms from their inbox. */
export default function ReportSentPage() {
  const t = useT();
  return (
    <div className="narrow">
      <h1>{t("petition.sent.title")}</h1>
      <p role="status">{t("reports.sent.text")}</p>
      <p>
        <Link to="/projets">{t("reports.list.title")}</Link>
      </p>
    </div>
  );
}
