import type { LoaderFunctionArgs } from "@remix-run/node";
import { exportRequests } from "~/modules/document-requests/admin.server";
import { documentRequestsCsv } from "~/modules/document-requests/csv.server";
import { requireOrganizer } from "~/models/auth.server";
import { territoryOf } from "~/modules/groups/territory.server";
import { auditedCsv } from "~/models/audit.server";
import { getLang } from "~/utils/lang.server";

/** Every confirmed request as CSV, without the requesters (audited), in the organizer's language. */
export async function loader({ request }: LoaderFunctionArgs) {
  const organizer = await requireOrganizer(request, { territorial: true });
  const rows = await exportRequests({ territory: await territoryOf(organizer) });
  return auditedCsv(
    { organizerId: organizer.id, action: "request.export", subjectType: "request", subjectId: "csv" },
    `demandes-${new Date().toISOString().slice(0, 10)}.csv`,
    documentRequestsCsv(rows, await getLang(request)),
  );
}
