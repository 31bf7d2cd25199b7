import type { LoaderFunctionArgs } from "@remix-run/node";
import { draftFileName, getCourtApplication } from "~/modules/court-applications/court.server";
import { draftPdf } from "~/modules/court-applications/files.server";
import { pdfResponse } from "~/utils/pdf.server";

/** The draft application to the tribunal administratif as a PDF: only the requester's token, only at the confirmed refusal. */
export async function loader({ params }: LoaderFunctionArgs) {
  const court = await getCourtApplication({ token: params.token ?? "" });
  if (!court) throw new Response("Not found", { status: 404 });
  return pdfResponse(draftFileName(court.commune.slug, "pdf"), await draftPdf(court.draft));
}
