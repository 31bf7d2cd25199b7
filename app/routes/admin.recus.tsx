import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { issueReceiptsForYear, listReceipts } from "~/modules/donations/tax-receipt.server";
import { IssueReceiptsSchema } from "~/modules/donations/filters";
import { requireOrganizer } from "~/models/auth.server";
import { env } from "~/utils/env.server";
import { useLang, useT } from "~/utils/i18n";
import { adminTitle } from "~/utils/meta";
import { formatEuros } from "~/utils/money";

export const meta: MetaFunction = ({ matches }) => adminTitle(matches, "admin.receipts");

export async function loader({ request }: LoaderFunctionArgs) {
  await requireOrganizer(request);
  const url = new URL(request.url);
  const parsed = IssueReceiptsSchema.safeParse({ year: url.searchParams.get("annee") ?? new Date().getFullYear() - 1 });
  const year = parsed.success ? parsed.data.year : new Date().getFullYear() - 1;
  return { enabled: env().RECEIPTS_ENABLED, year, receipts: env().RECEIPTS_ENABLED ? await listReceipts({ year }) : [], issued: url.searchParams.get("emis") };
}

export async function action({ request }: ActionFunctionArgs) {
  const organizer = await requireOrganizer(request);
  if (!env().RECEIPTS_ENABLED) return data({ error: true }, { status: 400 });
  const parsed = IssueReceiptsSchema.safeParse(Object.fromEntries(await request.formData()));
  if (!parsed.success) return data({ error: true }, { status: 400 });
  const issued = await issueReceiptsForYear({ year: parsed.data.year, organizerId: organizer.id });
  return redirect(`/admin/recus?annee=${parsed.data.year}&emis=${issued}`);
}

export default function AdminReceiptsPage() {
  const { enabled, year, receipts, issued } = useLoaderData<typeof loader>();
  const t = useT();
  const lang = useLang();
  if (!enabled) {
    return (
      <>
        <h1>{t("admin.receipts")}</h1>
        <p>{t("admin.receipts.disabled")}</p>
      </>
    );
  }
  return (
    <>
      <h1>{t("admin.receipts")}</h1>
      {issued !== null ? (
        <div role="status" className="notice">
          <p>{t("admin.receipts.issued", { count: Number(issued) })}</p>
        </div>
      ) : null}
      <Form method="get" className="field-row">
        <div className="field">
          <label htmlFor="receipt-year">{t("admin.receipts.year")}</label>
          <input id="receipt-year" name="annee" type="number" min={2000} max={2100} defaultValue={year} />
        </div>
        <button type="submit">{t("admin.receipts.show")}</button>
      </Form>
      <Form method="post">
        <input type="hidden" name="year" value={year} />
        <button type="submit">{t("admin.receipts.issue", { year: String(year) })}</button>
      </Form>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t("admin.receipts.number")}</th>
            <th scope="col">{t("admin.donations.donor")}</th>
            <th scope="col">{t("admin.donations.amount")}</th>
            <th scope="col">PDF</th>
          </tr>
        </thead>
        <tbody>
          {receipts.map((receipt) => (
            <tr key={receipt.id}>
              <td>{receipt.number}</td>
              <td>{receipt.name}</td>
              <td>{formatEuros(receipt.amount, lang)}</td>
              <td>
                <a href={`/admin/recus/${receipt.id}.pdf`}>{t("admin.receipts.download", { number: receipt.number })}</a>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
