import type { MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { siteOperator } from "~/models/site-operator.server";
import { useT } from "~/utils/i18n";
import { pageTitle } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "legalPages.about.title");

export async function loader() {
  return siteOperator();
}

export default function AboutPage() {
  const operator = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <div className="narrow legal-page">
      <h1>{t("legalPages.about.title")}</h1>
      <p>{t("legalPages.about.intro")}</p>
      <h2>{t("legalPages.about.members")}</h2>
      <ul>
        {operator.members.map((member) => (
          <li key={member}>{member}</li>
        ))}
      </ul>
      <h2>{t("legalPages.contact")}</h2>
      <p>
        {t("legalPages.about.contact")} <a href={`mailto:${operator.contact}`}>{operator.contact}</a>
      </p>
      <p>
        <Link to="/mentions-legales">{t("footer.legal")}</Link>
      </p>
    </div>
  );
}
