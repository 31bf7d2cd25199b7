import type { MetaFunction } from "@remix-run/node";
import { Link } from "@remix-run/react";
import { useT } from "~/utils/i18n";
import { pageTitle } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "petition.sent.title", { noindex: true });

/** Shown after every request made or campaign item taken: the personal link is in the inbox. */
export default function RequestSentPage() {
  const t = useT();
  return (
    <div className="narrow">
      <h1>{t("petition.sent.title")}</h1>
      <p role="status">{t("documentRequests.sent.text")}</p>
      <p>
        <Link to="/demandes">{t("documentRequests.list.title")}</Link>
      </p>
    </div>
  );
}
