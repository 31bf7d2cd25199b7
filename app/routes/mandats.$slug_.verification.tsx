import type { MetaFunction } from "@remix-run/node";
import { Link, useParams } from "@remix-run/react";
import { useT } from "~/utils/i18n";
import { pageTitle } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "mandates.sent.title", { noindex: true });

/** Shown after every mandate sent, whether or not the address had given one before. */
export default function MandateCheckInboxPage() {
  const t = useT();
  const { slug } = useParams();
  return (
    <div className="narrow">
      <h1>{t("mandates.sent.title")}</h1>
      <p role="status">{t("mandates.sent.text")}</p>
      <p>
        <Link to={`/mandats/${slug}`}>{t("mandates.sent.back")}</Link>
      </p>
    </div>
  );
}
