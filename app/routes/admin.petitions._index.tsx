import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { listPetitionsForAdmin } from "~/models/petition-admin.server";
import { requireOrganizer } from "~/models/auth.server";
import { formatNumber, useLang, useT } from "~/utils/i18n";
import { adminTitle } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => adminTitle(matches, "admin.petitions");

export async function loader({ request }: LoaderFunctionArgs) {
  await requireOrganizer(request);
  return { petitions: await listPetitionsForAdmin() };
}

export default function AdminPetitions() {
  const { petitions } = useLoaderData<typeof loader>();
  const t = useT();
  const lang = useLang();
  return (
    <>
      <h1>{t("admin.petitions")}</h1>
      <p>
        <Link to="/admin/petitions/nouvelle" className="button">
          {t("admin.petitions.new")}
        </Link>{" "}
        <Link to="/admin/petitions/listes">{t("admin.petitionLists.link")}</Link>
      </p>
      {petitions.length === 0 ? (
        <p>{t("admin.petitions.empty")}</p>
      ) : (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t("admin.petitions.commune")}</th>
              <th scope="col">{t("admin.petitions.title")}</th>
              <th scope="col">{t("admin.petitions.status")}</th>
              <th scope="col">{t("admin.petitions.residents")}</th>
              <th scope="col">{t("admin.petitions.supporters")}</th>
              <th scope="col">{t("admin.petitions.count")}</th>
            </tr>
          </thead>
          <tbody>
            {petitions.map((petition) => (
              <tr key={petition.id}>
                <td>
                  {petition.commune.name} ({petition.commune.departmentCode})
                </td>
                <td>
                  <Link to={`/admin/petitions/${petition.id}`}>{petition.title}</Link>
                </td>
                <td>{t(`admin.petitions.status.${petition.status}`)}</td>
                <td>{formatNumber(lang, petition.residents)}</td>
                <td>{formatNumber(lang, petition.supporters)}</td>
                <td>
                  {formatNumber(lang, petition.count)} / {formatNumber(lang, petition.goal)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
