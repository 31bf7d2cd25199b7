import type { MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { listPublicCompanies } from "~/models/company.server";
import { useT } from "~/utils/i18n";
import { pageTitle } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "companies.title");

export async function loader() {
  return { companies: await listPublicCompanies() };
}

/** The companies and public bodies behind the documented projects. */
export default function CompaniesPage() {
  const { companies } = useLoaderData<typeof loader>();
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
    </>
  );
}
