import type { MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { siteOperator } from "~/models/site-operator.server";
import { useT } from "~/utils/i18n";
import { pageTitle } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "legalPages.a11y.title");

export async function loader() {
  return { contact: siteOperator().contact, publisher: siteOperator().publisher };
}

/** Déclaration d'accessibilité, after the RGAA 4.1 model. */
export default function AccessibilityPage() {
  const { contact, publisher } = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <div className="narrow legal-page">
      <h1>{t("legalPages.a11y.title")}</h1>
      <p>{t("legalPages.a11y.intro", { publisher })}</p>
      <h2>{t("legalPages.a11y.status")}</h2>
      <p>{t("legalPages.a11y.statusText")}</p>
      <h2>{t("legalPages.a11y.how")}</h2>
      <p>{t("legalPages.a11y.howText")}</p>
      <h2>{t("legalPages.a11y.feedback")}</h2>
      <p>
        {t("legalPages.a11y.feedbackText")} <a href={`mailto:${contact}`}>{contact}</a>
      </p>
      <h2>{t("legalPages.a11y.remedy")}</h2>
      <p>
        {t("legalPages.a11y.remedyText")} <a href="https://formulaire.defenseurdesdroits.fr/">{t("legalPages.a11y.defenseur")}</a>
      </p>
    </div>
  );
}
