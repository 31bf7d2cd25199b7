import type { MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { listCompaniesIndex } from "~/modules/projects/company.server";
import { useT } from "~/utils/i18n";
import { pageTitle } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "companies.title");

export async function loader() {
  return listCompaniesIndex();
}

/** The companies and public bodies behind the documented projects; apart, those no published project names yet. */
export default function CompaniesPage() {
  const { documented: companies, undocumented } = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <>
      <h1>{t("companies.title")}</h1>
      <p className="lead">{t("companies.intro")}</p>
      <p>
        <a href="/entreprises.json">{t("companies.openData")}</a>
      </p>
      {companies.length === 0 ? (
        <p>{t("companies.empty")}</p>
      ) : (
        <table className="table">
          <caption className="visually-hidden">{t("companies.title")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("companies.name")}</th>
              <th scope="col">{t("companies.kind")}</th>
              <th scope="col">{t("map.projects")}</th>
              <th scope="col">{t("companies.cities")}</th>
            </tr>
          </thead>
          <tbody>
            {companies.map((company) => (
              <tr key={company.id}>
                <th scope="row">
                  <Link to={`/entreprises/${company.slug}`}>{company.name}</Link>
                </th>
                <td>{t(`companies.kind.${company.kind}`)}</td>
                <td>{company.projects}</td>
                <td>{company.cities}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {undocumented.length > 0 ? (
        <section aria-labelledby="undocumented-heading">
          <h2 id="undocumented-heading">{t("companies.undocumentedHeading")}</h2>
          <p>{t("companies.undocumentedIntro")}</p>
          <ul>
            {undocumented.map((company) => (
              <li key={company.id}>
                <Link to={`/entreprises/${company.slug}`}>{company.name}</Link> ({t(`companies.kind.${company.kind}`)})
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
