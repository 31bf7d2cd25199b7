import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireOrganizer } from "~/models/auth.server";
import { mandateAnnexPdf } from "~/modules/mandate-filing/annex-pdf.server";
import { mandateListFilename } from "~/modules/mandate-filing/csv.server";
import { mandateList, recordAnnexExport } from "~/modules/mandate-filing/export.server";
import { pdfResponse } from "~/utils/pdf.server";
import { isUuid } from "~/utils/uuid";

/** The mandate list as a paginated PDF annex to the complaint; legal organizers only, audited with the count. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const organizer = await requireOrganizer(request, { legal: true });
  const list = params.id && isUuid(params.id) ? await mandateList({ campaignId: params.id }) : null;
  if (!list) throw new Response("Not found", { status: 404 });
  const pdf = await mandateAnnexPdf(list);
  await recordAnnexExport({ organizerId: organizer.id, campaignId: list.campaign.id, rows: list.rows.length });
  const response = pdfResponse(mandateListFilename(list.campaign.slug, "pdf"), pdf);
  response.headers.set("Content-Disposition", response.headers.get("Content-Disposition")!.replace(/^inline/, "attachment"));
  return response;
}
