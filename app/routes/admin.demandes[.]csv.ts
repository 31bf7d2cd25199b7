import type { LoaderFunctionArgs } from "@remix-run/node";
import { exportRequests } from "~/modules/document-requests/admin.server";
import { documentRequestsCsv } from "~/modules/document-requests/csv.server";
import { requireOrganizer } from "~/models/auth.server";
import { csvResponse } from "~/utils/csv.server";
import { getLang } from "~/utils/lang.server";

/** Every confirmed request as CSV, without the requesters (audited), in the organizer's language. */
export async function loader({ request }: LoaderFunctionArgs) {
  const organizer = await requireOrganizer(request);
  const rows = await exportRequests({ organizerId: organizer.id });
  return csvResponse(`demandes-${new Date().toISOString().slice(0, 10)}.csv`, documentRequestsCsv(rows, await getLang(request)));
}
