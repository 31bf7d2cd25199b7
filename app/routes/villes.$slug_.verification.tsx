import type { MetaFunction } from "@remix-run/node";
import { Link, useParams } from "@remix-run/react";
import { useT } from "~/utils/i18n";
import { pageTitle } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "petition.sent.title", { noindex: true });

/** Shown after every signing, whether or not the address had signed before. */
export default function CheckInboxPage() {
  const t = useT();
  const { slug } = useParams();
  return (
    <div className="narrow">
      <h1>{t("petition.sent.title")}</h1>
      <p role="status">{t("petition.sent.text")}</p>
      <p>
        <Link to={`/villes/${slug}`}>{t("petition.sent.back")}</Link>
      </p>
    </div>
  );
}
