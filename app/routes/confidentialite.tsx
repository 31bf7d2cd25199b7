import type { MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { privacySections } from "~/models/privacy-policy.server";
import { siteOperator } from "~/models/site-operator.server";
import { useT } from "~/utils/i18n";
import { pageTitle } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "legalPages.privacy.title");

export async function loader() {
  const { publisher, contact } = siteOperator();
  return { publisher, contact, entries: privacySections() };
}

/** Politique de confidentialité: each section comes from the retention periods the nightly job applies. */
export default function PrivacyPage() {
  const { publisher, contact, entries } = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <div className="narrow legal-page">
      <h1>{t("legalPages.privacy.title")}</h1>
      <p>{t("legalPages.privacy.intro", { publisher })}</p>
      <p>{t("legalPages.privacy.minimum")}</p>
      {entries.map((entry) => (
        <section key={entry.id} id={entry.id} data-privacy-entry={entry.id}>
          <h2>{t(entry.title)}</h2>
          <dl className="privacy-facts">
            <dt>{t("legalPages.privacy.purpose")}</dt>
            <dd>{t(entry.purpose)}</dd>
            <dt>{t("legalPages.privacy.basis")}</dt>
            <dd>{t(`legalPages.privacy.basis.${entry.basis}`)}</dd>
            <dt>{t("legalPages.privacy.kept")}</dt>
            <dd>{t(entry.kept)}</dd>
            <dt>{t("legalPages.privacy.retention")}</dt>
            <dd data-retention>{t(entry.retention, entry.values)}</dd>
            <dt>{t("legalPages.privacy.recipients")}</dt>
            <dd>
              {[t("legalPages.privacy.recipient.team"), ...entry.recipients.map((recipient) => t(`legalPages.privacy.recipient.${recipient}`))].join(" ; ")}
            </dd>
          </dl>
        </section>
      ))}
      <h2>{t("legalPages.privacy.security")}</h2>
      <p>{t("legalPages.privacy.securityText")}</p>
      <h2>{t("legalPages.privacy.rights")}</h2>
      <p>
        {t("legalPages.privacy.rightsText")} <Link to="/mes-donnees">{t("footer.myData")}</Link>
      </p>
      <p>
        {t("legalPages.privacy.contactText")} <a href={`mailto:${contact}`}>{contact}</a>
      </p>
      <p>
        {t("legalPages.privacy.cnil")} <a href="https://www.cnil.fr/fr/plaintes">cnil.fr</a>
      </p>
    </div>
  );
}
