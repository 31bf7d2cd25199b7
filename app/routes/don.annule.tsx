import type { MetaFunction } from "@remix-run/node";
import { Link } from "@remix-run/react";
import { useT } from "~/utils/i18n";
import { pageTitle } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "donate.cancel.title", { noindex: true });

export default function DonationCanceledPage() {
  const t = useT();
  return (
    <div className="narrow">
      <h1>{t("donate.cancel.title")}</h1>
      <p>{t("donate.cancel.text")}</p>
      <p>
        <Link to="/don">{t("donate.cancel.again")}</Link>
      </p>
    </div>
  );
}
