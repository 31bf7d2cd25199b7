import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { listDonations, monthlyTotals } from "~/modules/donations/admin.server";
import { DonationFiltersSchema } from "~/modules/donations/filters";
import { DONATION_KINDS, DONATION_STATUSES } from "~/modules/donations/choices";
import { requireOrganizer } from "~/models/auth.server";
import { useLang, useT } from "~/utils/i18n";
import { adminTitle } from "~/utils/meta";
import { formatEuros } from "~/utils/money";
import { formatDate } from "~/utils/dates";

export const meta: MetaFunction = ({ matches }) => adminTitle(matches, "admin.donations");

export async function loader({ request }: LoaderFunctionArgs) {
  await requireOrganizer(request);
  const url = new URL(request.url);
  const filters = DonationFiltersSchema.parse(Object.fromEntries(url.searchParams));
  const [donations, totals] = await Promise.all([listDonations(filters), monthlyTotals(filters)]);
  return { donations, totals, query: url.search };
}

export default function AdminDonationsPage() {
  const { donations, totals, query } = useLoaderData<typeof loader>();
  const t = useT();
  const lang = useLang();
  const dates = { format: (value: Date) => formatDate(lang, value, "medium") };
  const params = new URLSearchParams(query);
  return (
    <>
      <h1>{t("admin.donations")}</h1>
      <Form method="get" className="filters field-row">
        <div className="field">
          <label htmlFor="filter-from">{t("admin.donations.from")}</label>
          <input id="filter-from" type="date" name="from" defaultValue={params.get("from") ?? ""} />
        </div>
        <div className="field">
          <label htmlFor="filter-to">{t("admin.donations.to")}</label>
          <input id="filter-to" type="date" name="to" defaultValue={params.get("to") ?? ""} />
        </div>
        <div className="field">
          <label htmlFor="filter-kind">{t("admin.donations.kind")}</label>
          <select id="filter-kind" name="kind" defaultValue={params.get("kind") ?? ""}>
            <option value="">{t("admin.donations.all")}</option>
            {DONATION_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`donate.kindName.${kind}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-status">{t("admin.donations.status")}</label>
          <select id="filter-status" name="status" defaultValue={params.get("status") ?? ""}>
            <option value="">{t("admin.donations.all")}</option>
            {DONATION_STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(`donate.status.${status}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit">{t("admin.donations.filter")}</button>
      </Form>
      <p>
        <a href={`/admin/dons.csv${query}`} download>
          {t("admin.donations.export")}
        </a>{" "}
        · <Link to="/admin/recus">{t("admin.receipts")}</Link>
      </p>

      <h2>{t("admin.donations.totals")}</h2>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t("admin.donations.month")}</th>
            <th scope="col">{t("admin.donations.count")}</th>
            <th scope="col">{t("admin.donations.total")}</th>
          </tr>
        </thead>
        <tbody>
          {totals.map((row) => (
            <tr key={row.month}>
              <td>{row.month}</td>
              <td>{row.count}</td>
              <td>{formatEuros(row.total, lang)}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <h2>{t("admin.donations.list")}</h2>
      {donations.length === 0 ? (
        <p>{t("admin.donations.none")}</p>
      ) : (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t("admin.donations.date")}</th>
              <th scope="col">{t("admin.donations.donor")}</th>
              <th scope="col">{t("admin.donations.kind")}</th>
              <th scope="col">{t("admin.donations.status")}</th>
              <th scope="col">{t("admin.donations.amount")}</th>
            </tr>
          </thead>
          <tbody>
            {donations.map((donation) => (
              <tr key={donation.id}>
                <td>{dates.format(new Date(donation.paidAt ?? donation.createdAt))}</td>
                <td>{donation.name ? `${donation.name} <${donation.email}>` : donation.email}</td>
                <td>{t(`donate.kindName.${donation.kind}`)}</td>
                <td>{t(`donate.status.${donation.status}`)}</td>
                <td>{formatEuros(donation.amount, lang)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
