import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useEffect, useRef } from "react";
import { DEPARTMENTS, FranceMap, IleDeFranceInsets, MapLegend } from "~/components/france-map";
import { StatusBadge, StatusFilter } from "~/modules/projects/components/status";
import { KindFilter } from "~/modules/projects/components/report-form";
import { departmentCounts, departmentProjects } from "~/modules/projects/project.server";
import { MapFilterSchema, type MapFilter } from "~/modules/projects/project-schema";
import { useT } from "~/utils/i18n";
import { pageTitle } from "~/utils/meta";
import { prose } from "~/utils/typography";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "map.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const filter = MapFilterSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const known = filter.departement ? DEPARTMENTS.find((department) => department.id === filter.departement) : undefined;
  const [counts, projects] = await Promise.all([
    departmentCounts(filter),
    known ? departmentProjects({ code: known.id, type: filter.type, statut: filter.statut }) : Promise.resolve(null),
  ]);
  return { filter: { type: filter.type, statut: filter.statut, departement: known?.id }, counts, projects, department: known ?? null };
}

function query(filter: Partial<MapFilter>) {
  const params = new URLSearchParams();
  if (filter.type) params.set("type", filter.type);
  if (filter.statut) params.set("statut", filter.statut);
  if (filter.departement) params.set("departement", filter.departement);
  const text = params.toString();
  return text ? `?${text}` : "";
}

/** Documented projects across France: the map and its equivalent table, both driven by query parameters. */
export default function MapPage() {
  const { filter, counts, projects, department } = useLoaderData<typeof loader>();
  const t = useT();
  const byCode = Object.fromEntries(counts.map((row) => [row.code, row.projects]));
  const total = counts.reduce((sum, row) => sum + row.projects, 0);
  const departmentHref = (code: string) => `/carte${query({ ...filter, departement: code })}#departement`;
  // With JavaScript, choosing a department does not reload the page: move focus to its list, as
  // the #departement fragment does without JavaScript.
  const section = useRef<HTMLElement>(null);
  const shown = useRef(filter.departement);
  useEffect(() => {
    if (filter.departement && filter.departement !== shown.current) section.current?.focus();
    shown.current = filter.departement;
  }, [filter.departement]);
  const grouped = new Map<string, { name: string; slug: string; projects: NonNullable<typeof projects> }>();
  for (const project of projects ?? []) {
    const entry = grouped.get(project.commune.slug) ?? { name: project.commune.name, slug: project.commune.slug, projects: [] };
    entry.projects.push(project);
    grouped.set(project.commune.slug, entry);
  }
  return (
    <div className="map-page">
      <h1>{t("map.title")}</h1>
      {/* Mobile first (issue 27, item 4): the map comes right after the title, on the first screen
          at 360 px; what explains and filters it follows (beside it on a wide screen). A skip link,
          shown when focused, still lets keyboard users pass the map's hundred links. */}
      <a href="#tableau" className="skip-link">
        {t("map.skipToTable")}
      </a>
      <div className="map-layout">
        <figure className="map-figure">
          <FranceMap counts={byCode} hrefFor={departmentHref} selected={filter.departement} />
          <IleDeFranceInsets counts={byCode} hrefFor={departmentHref} selected={filter.departement} />
          <figcaption>
            <MapLegend />
            <p className="muted small">{t("map.credit")}</p>
          </figcaption>
        </figure>
        <div className="map-aside">
          <p className="lead">{t("map.intro")}</p>
          <Form method="get" className="filters" key={`${filter.type}-${filter.statut}`}>
            <div className="field">
              <KindFilter id="map-kind" defaultValue={filter.type} />
            </div>
            <div className="field">
              <StatusFilter id="map-status" defaultValue={filter.statut} />
            </div>
            {filter.departement ? <input type="hidden" name="departement" value={filter.departement} /> : null}
            <button type="submit">{t("reports.list.filter")}</button>
          </Form>
          <p role="status">{t("map.total", { count: total, departments: counts.length })}</p>
          <p>
            <a href="#tableau">{t("map.skipToTable")}</a> · <a href={`/carte.csv${query({ type: filter.type, statut: filter.statut })}`}>{t("map.csv")}</a>
          </p>
          {department ? (
            <section id="departement" ref={section} tabIndex={-1} aria-labelledby="department-heading" className="panel department-panel">
              <h2 id="department-heading">{t("map.departmentHeading", { name: department.name, code: department.id })}</h2>
              {grouped.size === 0 ? (
                <p>{t("map.departmentEmpty")}</p>
              ) : (
                <ul className="department-communes">
                  {[...grouped.values()].map((commune) => (
                    <li key={commune.slug}>
                      <Link to={`/villes/${commune.slug}`}>{commune.name}</Link>
                      <ul>
                        {commune.projects.map((project) => (
                          <li key={project.id}>
                            <Link to={`/projets/${project.slug}`}>{prose(project.title)}</Link>{" "}
                            <span className="muted">({t(`reports.kind.${project.kind}`)})</span> <StatusBadge status={project.projectStatus} />
                          </li>
                        ))}
                      </ul>
                    </li>
                  ))}
                </ul>
              )}
              <p>
                <Link to={`/carte${query({ type: filter.type, statut: filter.statut })}`} preventScrollReset>
                  {t("map.closeDepartment")}
                </Link>
              </p>
            </section>
          ) : null}
        </div>
      </div>
      <h2 id="tableau">{t("map.tableHeading")}</h2>
      {counts.length === 0 ? (
        <p>{t("map.empty")}</p>
      ) : (
        <table className="table">
          <caption className="visually-hidden">{t("map.tableHeading")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("map.department")}</th>
              <th scope="col">{t("map.projects")}</th>
              <th scope="col">{t("map.communes")}</th>
            </tr>
          </thead>
          <tbody>
            {counts.map((row) => (
              <tr key={row.code}>
                <th scope="row">
                  <Link to={departmentHref(row.code)} preventScrollReset>
                    {row.name} ({row.code})
                  </Link>
                </th>
                <td>{row.projects}</td>
                <td>{row.communes}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="muted">{t("map.tableNote")}</p>
    </div>
  );
}
