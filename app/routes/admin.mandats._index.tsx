import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { requireOrganizer } from "~/models/auth.server";
import { listCampaignsForAdmin } from "~/modules/mandates/campaign.server";
import { useDates } from "~/utils/dates";
import { useT } from "~/utils/i18n";
import { adminTitle } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => adminTitle(matches, "admin.mandates");

export async function loader({ request }: LoaderFunctionArgs) {
  await requireOrganizer(request, { legal: true });
  return { campaigns: await listCampaignsForAdmin() };
}

export default function AdminMandateCampaignsPage() {
  const { campaigns } = useLoaderData<typeof loader>();
  const t = useT();
  const { dateTime } = useDates();
  return (
    <>
      <h1>{t("admin.mandates")}</h1>
      <p>
        <Link to="/admin/mandats/nouvelle">{t("admin.mandates.new")}</Link>
      </p>
      {campaigns.length === 0 ? (
        <p>{t("admin.mandates.empty")}</p>
      ) : (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t("admin.mandates.fieldTitle")}</th>
              <th scope="col">{t("admin.mandates.legalAction")}</th>
              <th scope="col">{t("admin.mandates.count")}</th>
              <th scope="col">{t("admin.mandates.fileBy")}</th>
              <th scope="col">{t("admin.mandates.state")}</th>
            </tr>
          </thead>
          <tbody>
            {campaigns.map((campaign) => (
              <tr key={campaign.id}>
                <td>
                  <Link to={`/admin/mandats/${campaign.id}`}>{campaign.title}</Link>
                </td>
                <td>{campaign.legalAction.title}</td>
                <td>
                  <Link to={`/admin/mandats/${campaign.id}/liste`}>
                    {campaign.count} / {campaign.goal}
                  </Link>
                </td>
                <td>{dateTime(campaign.fileBy, "medium")}</td>
                <td>
                  {campaign.filedAt
                    ? t("admin.mandates.stateFiled")
                    : campaign.publishedAt
                      ? t("admin.mandates.statePublished")
                      : t("admin.mandates.stateDraft")}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
