import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireOrganizer } from "~/models/auth.server";
import { mandateListCsv, mandateListFilename } from "~/modules/mandate-filing/csv.server";
import { mandateList, recordMandateExport } from "~/modules/mandate-filing/export.server";
import { csvResponse } from "~/utils/csv.server";
import { isUuid } from "~/utils/uuid";

/** The confirmed, non-revoked mandates as CSV for the authority; legal organizers only, audited with the count. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const organizer = await requireOrganizer(request, { legal: true });
  const list = params.id && isUuid(params.id) ? await mandateList({ campaignId: params.id }) : null;
  if (!list) throw new Response("Not found", { status: 404 });
  await recordMandateExport({ organizerId: organizer.id, campaignId: list.campaign.id, kind: "csv", rows: list.rows.length });
  return csvResponse(mandateListFilename(list.campaign.slug, "csv"), mandateListCsv(list));
}
