import type { LoaderFunctionArgs } from "@remix-run/node";
import { auditedCsv } from "~/models/audit.server";
import { listDonations } from "~/modules/donations/admin.server";
import { donationsCsv } from "~/modules/donations/csv.server";
import { DonationFiltersSchema } from "~/modules/donations/filters";
import { requireOrganizer } from "~/models/auth.server";
import { getLang } from "~/utils/lang.server";

/** The filtered donations as CSV (amounts in euros). The export is recorded in the audit log. */
export async function loader({ request }: LoaderFunctionArgs) {
  const organizer = await requireOrganizer(request);
  const url = new URL(request.url);
  const filters = DonationFiltersSchema.parse(Object.fromEntries(url.searchParams));
  const donations = await listDonations(filters, { take: 100_000 });
  return auditedCsv(
    { organizerId: organizer.id, action: "donations.export", subjectType: "donation", query: url.search },
    `dons-${new Date().toISOString().slice(0, 10)}.csv`,
    donationsCsv(donations, await getLang(request)),
  );
}
