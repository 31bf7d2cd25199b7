import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { requireOrganizer } from "~/models/auth.server";
import { getCampaignForAdmin } from "~/modules/mandates/campaign.server";
import { listMandates } from "~/modules/mandates/mandate.server";
import { MandateListQuerySchema } from "~/modules/mandates/schema";
import { useDates } from "~/utils/dates";
import { useT } from "~/utils/i18n";
import { adminTitle } from "~/utils/meta";
import { isUuid } from "~/utils/uuid";

const STATUS_KEYS = {
  unconfirmed: "admin.mandates.status.unconfirmed",
  confirmed: "admin.mandates.status.confirmed",
  revoked: "admin.mandates.status.revoked",
} as const;

export const meta: MetaFunction = ({ matches }) => adminTitle(matches, "admin.mandates.list");

/** Every opening of this page is a view of mandators' identities: listMandates audits it. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const organizer = await requireOrganizer(request, { legal: true });
  const campaign = params.id && isUuid(params.id) ? await getCampaignForAdmin({ id: params.id }) : null;
  if (!campaign) throw new Response("Not found", { status: 404 });
  const { page } = MandateListQuerySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const list = await listMandates({ campaignId: campaign.id, page, organizerId: organizer.id });
  return { campaign: { id: campaign.id, title: campaign.title }, page, ...list };
}

export default function AdminMandateListPage() {
  const { campaign, page, pages, total, rows } = useLoaderData<typeof loader>();
  const t = useT();
  const { dateTime } = useDates();
  return (
    <>
      <h1>{t("admin.mandates.listOf", { title: campaign.title })}</h1>
      <p>
        <Link to={`/admin/mandats/${campaign.id}`}>{t("admin.mandates.backToCampaign")}</Link>
      </p>
      <p>{t("admin.mandates.listIntro", { total, page, pages })}</p>
      {/* Scrolled sideways on a phone, with the keyboard too: the region takes the focus (its rows have no link). */}
      <div className="table-scroll" role="region" aria-label={t("admin.mandates.list")} tabIndex={0}>
        <table className="table mandate-list-table" data-testid="mandate-list">
          <thead>
            <tr>
              <th scope="col">{t("admin.mandates.name")}</th>
              <th scope="col">{t("mandates.personal.commune")}</th>
              <th scope="col">{t("mandates.personal.givenAt")}</th>
              <th scope="col">{t("admin.mandates.version")}</th>
              <th scope="col">{t("admin.mandates.hash")}</th>
              <th scope="col">{t("admin.mandates.status")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id}>
                <td>
                  {row.lastName.toUpperCase()} {row.firstName}
                </td>
                <td>
                  {row.commune} ({t(row.communeLink === "work" ? "mandates.link.work" : "mandates.link.residence")})
                </td>
                <td>{dateTime(row.givenAt, "short")}</td>
                <td>{row.version}</td>
                <td>
                  <code title={row.sha256}>{row.sha256.slice(0, 12)}…</code>
                </td>
                <td>{t(STATUS_KEYS[row.status])}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <nav aria-label={t("admin.mandates.pagination")} className="button-row">
        {page > 1 ? <Link to={`?page=${page - 1}`}>{t("admin.mandates.previous")}</Link> : null}
        {page < pages ? <Link to={`?page=${page + 1}`}>{t("admin.mandates.next")}</Link> : null}
      </nav>
    </>
  );
}
