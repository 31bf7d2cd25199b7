import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { listPublishedProjects, topDocumentedCommunes } from "~/modules/projects/report.server";
import { KindFilter } from "~/modules/projects/components/report-form";
import { ProjectListFilterSchema } from "~/modules/projects/report-schema";
import { useLang, useT } from "~/utils/i18n";
import { pageTitle } from "~/utils/meta";
import { formatDate } from "~/utils/dates";
import { colon, prose } from "~/utils/typography";

export const meta: MetaFunction = ({ matches }) => [
  ...pageTitle(matches, "reports.list.title"),
  { tagName: "link", rel: "alternate", type: "application/atom+xml", href: "/projets.atom", title: "Technopolice" },
];

export async function loader({ request }: LoaderFunctionArgs) {
  const filter = ProjectListFilterSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const [projects, topCities] = await Promise.all([listPublishedProjects({ kind: filter.type, departmentCode: filter.departement }), topDocumentedCommunes()]);
  return { filter, projects, topCities };
}

/** Every published project in France, filterable by kind and department. */
export default function ProjectsPage() {
  const { filter, projects, topCities } = useLoaderData<typeof loader>();
  const t = useT();
  const lang = useLang();
  const dates = { format: (value: Date) => formatDate(lang, value, "medium") };
  return (
    <>
      <h1>{t("reports.list.title")}</h1>
      <p className="lead">{t("reports.list.intro")}</p>
      <p>
        <Link to="/signaler">{t("reports.dossier.reportLink")}</Link> · <a href="/projets.atom">{t("reports.list.feed")}</a> ·{" "}
        <Link to="/carte">{t("nav.map")}</Link> · <a href="/projets.json">{t("companies.openData")}</a>
      </p>
      <Form method="get" className="filters">
        <div className="field">
          <KindFilter id="filter-kind" defaultValue={filter.type} />
        </div>
        <div className="field">
          <label htmlFor="filter-department">{t("reports.list.department")}</label>
          <input id="filter-department" name="departement" defaultValue={filter.departement ?? ""} inputMode="text" maxLength={3} size={4} />
        </div>
        <button type="submit">{t("reports.list.filter")}</button>
      </Form>
      {projects.length === 0 ? (
        <p role="status">{t("reports.list.empty")}</p>
      ) : (
        <table className="table">
          <caption className="visually-hidden">{t("reports.list.title")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("petition.list.city")}</th>
              <th scope="col">{t("reports.list.project")}</th>
              <th scope="col">{t("reports.form.kind")}</th>
              <th scope="col">{t("reports.dossier.publishedAt")}</th>
            </tr>
          </thead>
          <tbody>
            {projects.map((project) => (
              <tr key={project.id}>
                <td>
                  <Link to={`/villes/${project.commune.slug}`}>{project.commune.name}</Link> ({project.commune.departmentCode})
                </td>
                <td>
                  <Link to={project.slug ? `/projets/${project.slug}` : `/villes/${project.commune.slug}#projet-${project.id}`}>{prose(project.title)}</Link>
                </td>
                <td>{t(`reports.kind.${project.kind}`)}</td>
                <td>{project.publishedAt ? dates.format(new Date(project.publishedAt)) : ""}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <section aria-labelledby="top-cities-heading" className="panel">
        <h2 id="top-cities-heading">{t("reports.list.topCities")}</h2>
        {topCities.length === 0 ? (
          <p>{t("reports.list.empty")}</p>
        ) : (
          <ol>
            {topCities.map((city) => (
              <li key={city.inseeCode}>
                <Link to={`/villes/${city.slug}`}>{city.name}</Link> ({city.departmentCode}){colon(lang)}{" "}
                {t("reports.list.projectCount", { count: city.projects })}
              </li>
            ))}
          </ol>
        )}
      </section>
    </>
  );
}
