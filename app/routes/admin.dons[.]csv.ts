import type { LoaderFunctionArgs } from "@remix-run/node";
import { audit } from "~/models/audit.server";
import { listDonations } from "~/models/donation-admin.server";
import { DonationFiltersSchema } from "~/schemas/donation-filters";
import { requireOrganizer } from "~/utils/auth.server";
import { csvResponse, toCsv } from "~/utils/csv.server";
import { db } from "~/utils/db.server";

/** The filtered donations as CSV (amounts in euros). The export is recorded in the audit log. */
export async function loader({ request }: LoaderFunctionArgs) {
  const organizer = await requireOrganizer(request);
  const url = new URL(request.url);
  const filters = DonationFiltersSchema.parse(Object.fromEntries(url.searchParams));
  const donations = await listDonations(filters, { take: 100_000 });
  await db().$transaction((tx) =>
    audit(tx, { organizerId: organizer.id, action: "donations.export", subjectType: "donation", subjectId: "*", details: { rows: donations.length, query: url.search } }),
  );
  const body = toCsv(
    ["id", "created_at", "paid_at", "refunded_at", "kind", "status", "amount_eur", "email", "name"],
    donations.map((d) => [d.id, d.createdAt, d.paidAt, d.refundedAt, d.kind, d.status, (d.amount / 100).toFixed(2), d.email, d.name]),
  );
  return csvResponse(`dons-${new Date().toISOString().slice(0, 10)}.csv`, body);
}
