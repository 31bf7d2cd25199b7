import { redirect, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { StatusBadge } from "~/modules/projects/components/status";
import { getPublicCompany } from "~/modules/projects/company.server";
import { useT } from "~/utils/i18n";
import { shareable } from "~/utils/meta";
import { prose } from "~/utils/typography";

export async function loader({ params }: LoaderFunctionArgs) {
  const result = await getPublicCompany({ slug: params.slug ?? "" });
  if (!result) throw new Response("Not found", { status: 404 });
  const company = result.found;
  if (!company) throw redirect(`/entreprises/${result.movedTo}`, 301);
  return { company };
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  data ? shareable(matches, { title: `${data.company.name} — Technopolice`, description: prose(data.company.description) ?? undefined }) : [];

/** One company or public body and its projects across France. */
export default function CompanyPage() {
  const { company } = useLoaderData<typeof loader>();
  const t = useT();
  const cities = new Set(company.projects.map((project) => project.commune.slug)).size;
  return (
    <article>
      <p className="breadcrumbs">
        <Link to="/entreprises">{t("companies.title")}</Link>
      </p>
      <h1>{company.name}</h1>
      <p className="project-meta">
        {t(`companies.kind.${company.kind}`)}
        {company.website ? (
          <>
            {" · "}
            <a href={company.website} rel="noopener noreferrer nofollow">
              {company.website}
            </a>
          </>
        ) : null}
      </p>
      {company.description ? <p className="project-description">{prose(company.description)}</p> : null}
      <h2>{t("companies.projectsHeading", { projects: company.projects.length, cities })}</h2>
      {company.projects.length === 0 ? (
        <p>{t("companies.noProjects")}</p>
      ) : (
        <table className="table">
          <caption className="visually-hidden">{t("companies.projectsCaption", { name: company.name })}</caption>
          <thead>
            <tr>
              <th scope="col">{t("petition.list.city")}</th>
              <th scope="col">{t("reports.list.project")}</th>
              <th scope="col">{t("reports.form.kind")}</th>
              <th scope="col">{t("projects.status")}</th>
            </tr>
          </thead>
          <tbody>
            {company.projects.map((project) => (
              <tr key={project.id}>
                <td>
                  <Link to={`/villes/${project.commune.slug}`}>{project.commune.name}</Link> ({project.commune.departmentCode})
                </td>
                <td>
                  <Link to={`/projets/${project.slug}`}>{prose(project.title)}</Link>
                </td>
                <td>{t(`reports.kind.${project.kind}`)}</td>
                <td>
                  <StatusBadge status={project.projectStatus} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </article>
  );
}
