import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireOrganizer } from "~/models/auth.server";
import { mandateListCsv, mandateListFilename } from "~/modules/mandate-filing/csv.server";
import { mandateList } from "~/modules/mandate-filing/export.server";
import { auditedCsv } from "~/models/audit.server";
import { isUuid } from "~/utils/uuid";

/** The confirmed, non-revoked mandates as CSV for the authority; legal organizers only, audited with the count. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const organizer = await requireOrganizer(request, { legal: true });
  const list = params.id && isUuid(params.id) ? await mandateList({ campaignId: params.id }) : null;
  if (!list) throw new Response("Not found", { status: 404 });
  return auditedCsv(
    { organizerId: organizer.id, action: "mandate.export.csv", subjectType: "mandate-campaign", subjectId: list.campaign.id },
    mandateListFilename(list.campaign.slug, "csv"),
    mandateListCsv(list),
  );
}
