import { Link } from "@remix-run/react";
import { useT } from "~/utils/i18n";

/** Share links and next steps, under a thank-you page's own heading and text. */
export function ThanksNextSteps({
  url,
  shareEmail,
  shareMastodon,
  subscribed,
}: {
  url: string;
  shareEmail: string;
  shareMastodon: string;
  subscribed: boolean;
}) {
  const t = useT();
  return (
    <>
      <h2>{t("petition.thanks.share")}</h2>
      <ul>
        <li>
          <a href={shareEmail}>{t("petition.thanks.shareEmail")}</a>
        </li>
        <li>
          <a href={shareMastodon} rel="noopener noreferrer">
            {t("petition.thanks.shareMastodon")}
          </a>
        </li>
        <li>
          {t("petition.thanks.shareLink")} : <code>{url}</code>
        </li>
      </ul>
      <ul className="next-steps">
        <li>
          <Link to="/benevoles">{t("petition.thanks.volunteer")}</Link>
        </li>
        <li>
          <Link to="/don">{t("petition.thanks.donate")}</Link>
        </li>
        {subscribed ? null : (
          <li>
            <Link to="/lettre">{t("petition.thanks.subscribe")}</Link>
          </li>
        )}
      </ul>
      <p>
        <Link to="/petitions">{t("petition.list.title")}</Link>
      </p>
    </>
  );
}
