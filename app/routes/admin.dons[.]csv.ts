import type { LoaderFunctionArgs } from "@remix-run/node";
import { auditExport } from "~/models/audit.server";
import { listDonations } from "~/modules/donations/admin.server";
import { DonationFiltersSchema } from "~/modules/donations/filters";
import { requireOrganizer } from "~/models/auth.server";
import { csvResponse, toCsv } from "~/utils/csv.server";
import { formatDateTime } from "~/utils/dates";
import { spreadsheetEuros } from "~/utils/money";
import { translator } from "~/utils/i18n";
import { getLang } from "~/utils/lang.server";

/** The filtered donations as CSV (amounts in euros). The export is recorded in the audit log. */
export async function loader({ request }: LoaderFunctionArgs) {
  const organizer = await requireOrganizer(request);
  const url = new URL(request.url);
  const filters = DonationFiltersSchema.parse(Object.fromEntries(url.searchParams));
  const donations = await listDonations(filters, { take: 100_000 });
  await auditExport({
    organizerId: organizer.id,
    action: "donations.export",
    subjectType: "donation",
    subjectId: "*",
    rows: donations.length,
    query: url.search,
  });
  // Headers, kinds, states, dates and amounts in the organizer's language.
  const lang = await getLang(request);
  const t = translator(lang);
  const when = (date: Date | null) => (date ? formatDateTime(lang, date, "short") : null);
  const body = toCsv(
    (["id", "createdAt", "paidAt", "refundedAt", "kind", "status", "amount", "email", "name"] as const).map((column) => t(`admin.csv.${column}`)),
    donations.map((d) => [
      d.id,
      when(d.createdAt),
      when(d.paidAt),
      when(d.refundedAt),
      t(`donate.kindName.${d.kind}`),
      t(`donate.status.${d.status}`),
      spreadsheetEuros(d.amount, lang),
      d.email,
      d.name,
    ]),
  );
  return csvResponse(`dons-${new Date().toISOString().slice(0, 10)}.csv`, body);
}
