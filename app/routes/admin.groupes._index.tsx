// Local groups in the organizers' area (issue 25): the groups an organizer runs (every group for
// the national team, their own for a coordinator). Creating a group and deciding the requests to
// start one are national pages of their own (/admin/groupes/nouveau, /admin/groupes/demandes).
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, Link, useLoaderData } from "@remix-run/react";
import { requireOrganizer } from "~/models/auth.server";
import { listGroupsForAdmin } from "~/modules/groups/admin.server";
import { countPendingGroupRequests } from "~/modules/groups/request.server";
import { isNational } from "~/modules/groups/territory.server";
import { takeNotice } from "~/utils/flash.server";
import { useT } from "~/utils/i18n";
import { adminTitle } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => adminTitle(matches, "admin.groups.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const organizer = await requireOrganizer(request, { territorial: true });
  const national = isNational(organizer);
  const [groups, pending] = await Promise.all([listGroupsForAdmin(organizer), national ? countPendingGroupRequests() : Promise.resolve(0)]);
  const { notice, headers } = await takeNotice(request);
  return data({ groups, pending, national, notice: notice?.key ?? null }, { headers });
}

export default function AdminGroupsPage() {
  const { groups, pending, national, notice } = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <>
      <h1>{t("admin.groups.title")}</h1>
      {notice === "declined" ? (
        <p role="status" className="notice">
          {t("admin.groups.done.declined")}
        </p>
      ) : null}
      <p>{t("admin.groups.intro")}</p>
      {national ? (
        <ul className="button-row">
          <li>
            <Link to="/admin/groupes/nouveau">{t("admin.groups.create.heading")}</Link>
          </li>
          <li>
            <Link to="/admin/groupes/demandes">{t("admin.groups.requests.link", { count: pending })}</Link>
          </li>
        </ul>
      ) : null}
      {groups.length === 0 ? (
        <p>{t("admin.groups.none")}</p>
      ) : (
        <div className="table-scroll">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t("admin.groups.name")}</th>
                <th scope="col">{t("admin.groups.territory")}</th>
                <th scope="col">{t("admin.groups.members")}</th>
                <th scope="col">{t("admin.groups.coordinators")}</th>
                <th scope="col">{t("admin.groups.status")}</th>
              </tr>
            </thead>
            <tbody>
              {groups.map((group) => (
                <tr key={group.id} data-testid={`admin-group-${group.slug}`}>
                  <th scope="row">
                    <Link to={`/admin/groupes/${group.id}`}>{group.name}</Link>
                  </th>
                  <td>{group.territory}</td>
                  <td>{group.members}</td>
                  <td>{group.coordinators}</td>
                  <td>{t(group.published ? "admin.groups.published" : "admin.groups.draft")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
