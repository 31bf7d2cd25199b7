import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { LegalStatus } from "~/modules/legal-actions/components/summary";
import { listLegalActionsForAdmin } from "~/modules/legal-actions/legal-action.server";
import { requireOrganizer } from "~/models/auth.server";
import { useT } from "~/utils/i18n";
import { adminTitle } from "~/utils/meta";
import { useDay } from "~/utils/dates";

export const meta: MetaFunction = ({ matches }) => adminTitle(matches, "admin.legal");

export async function loader({ request }: LoaderFunctionArgs) {
  await requireOrganizer(request);
  return { actions: await listLegalActionsForAdmin() };
}

export default function AdminLegalActionsPage() {
  const { actions } = useLoaderData<typeof loader>();
  const t = useT();
  const date = useDay();
  return (
    <>
      <h1>{t("admin.legal")}</h1>
      <p>
        <Link to="/admin/recours/nouveau">{t("admin.legal.new")}</Link>
      </p>
      {actions.length === 0 ? (
        <p>{t("admin.legal.empty")}</p>
      ) : (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t("admin.legal.fieldTitle")}</th>
              <th scope="col">{t("admin.legal.status")}</th>
              <th scope="col">{t("admin.legal.filedOn")}</th>
              <th scope="col">{t("admin.legal.publication")}</th>
              <th scope="col">{t("admin.legal.updates")}</th>
            </tr>
          </thead>
          <tbody>
            {actions.map((action) => (
              <tr key={action.id}>
                <td>
                  <Link to={`/admin/recours/${action.id}`}>{action.title}</Link>
                </td>
                <td>
                  <LegalStatus status={action.status} />
                </td>
                <td>{date(action.filedOn)}</td>
                <td>{action.publishedAt ? t("admin.legal.published", { date: date(action.publishedAt) }) : t("admin.legal.draft")}</td>
                <td>{action._count.updates}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
