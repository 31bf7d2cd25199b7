import type { MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { siteOperator } from "~/models/site-operator.server";
import { useT } from "~/utils/i18n";
import { pageTitle } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "legalPages.legal.title");

export async function loader() {
  return siteOperator();
}

/** Mentions légales: what the LCEN (loi n° 2004-575, art. 6) requires every French site to show. */
export default function LegalNoticePage() {
  const operator = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <div className="narrow legal-page">
      <h1>{t("legalPages.legal.title")}</h1>
      <h2>{t("legalPages.legal.publisher")}</h2>
      <p>
        {operator.publisher}
        <br />
        {operator.publisherAddress}
        <br />
        <a href={`mailto:${operator.contact}`}>{operator.contact}</a>
      </p>
      <h2>{t("legalPages.legal.director")}</h2>
      <p>{operator.director}</p>
      <h2>{t("legalPages.legal.host")}</h2>
      <p>
        {operator.host}
        <br />
        {operator.hostAddress}
      </p>
      <h2>{t("legalPages.legal.data")}</h2>
      <p>
        {t("legalPages.legal.dataText")} <Link to="/confidentialite">{t("footer.privacy")}</Link>
      </p>
    </div>
  );
}
