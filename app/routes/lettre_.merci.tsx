import type { MetaFunction } from "@remix-run/node";
import { Link } from "@remix-run/react";
import { useT } from "~/utils/i18n";
import { pageTitle } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "newsletter.sent.title", { noindex: true });

/** Shown after every subscription request, whether the address was known or not. */
export default function NewsletterSentPage() {
  const t = useT();
  return (
    <div className="narrow">
      <h1>{t("newsletter.sent.title")}</h1>
      <p role="status">{t("newsletter.sent.text")}</p>
      <p>
        <Link to="/recours">{t("legalActions.list.title")}</Link>
      </p>
    </div>
  );
}
