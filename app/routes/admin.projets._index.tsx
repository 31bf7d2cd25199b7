import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { StatusBadge } from "~/modules/projects/components/status";
import { listProjectsForAdmin } from "~/modules/projects/project.server";
import { requireOrganizer } from "~/models/auth.server";
import { isNational, territoryOf } from "~/modules/groups/territory.server";
import { useT } from "~/utils/i18n";
import { adminTitle } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => adminTitle(matches, "admin.projects");

export async function loader({ request }: LoaderFunctionArgs) {
  const organizer = await requireOrganizer(request, { territorial: true });
  return { projects: await listProjectsForAdmin(await territoryOf(organizer)), national: isNational(organizer) };
}

/** Published projects: where organizers keep their status, timeline and companies up to date. */
export default function AdminProjectsPage() {
  const { projects, national } = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <>
      <h1>{t("admin.projects")}</h1>
      {national ? (
        <p>
          <Link to="/admin/entreprises">{t("admin.companies")}</Link>
        </p>
      ) : null}
      {projects.length === 0 ? (
        <p>{t("reports.list.empty")}</p>
      ) : (
        <table className="table">
          <caption className="visually-hidden">{t("admin.projects")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("reports.list.project")}</th>
              <th scope="col">{t("petition.list.city")}</th>
              <th scope="col">{t("projects.status")}</th>
              <th scope="col">{t("admin.projects.toResolve")}</th>
            </tr>
          </thead>
          <tbody>
            {projects.map((project) => (
              <tr key={project.id}>
                <td>
                  <Link to={`/admin/projets/${project.id}`}>{project.title}</Link>
                </td>
                <td>{project.commune.name}</td>
                <td>
                  <StatusBadge status={project.projectStatus} />
                </td>
                <td>{project.actors || "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
