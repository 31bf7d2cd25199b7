import type { MetaFunction } from "@remix-run/node";
import { Link, useParams } from "@remix-run/react";
import { useT } from "~/utils/i18n";
import { pageTitle } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "events.sent.title", { noindex: true });

/** Shown after every registration sent, whether or not the address had registered before. */
export default function EventCheckInboxPage() {
  const t = useT();
  const { slug } = useParams();
  return (
    <div className="narrow">
      <h1>{t("events.sent.title")}</h1>
      <p role="status">{t("events.sent.text")}</p>
      <p>
        <Link to={`/agenda/${slug}`}>{t("events.sent.back")}</Link>
      </p>
    </div>
  );
}
