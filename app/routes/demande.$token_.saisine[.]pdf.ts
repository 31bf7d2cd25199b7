import type { LoaderFunctionArgs } from "@remix-run/node";
import { letterPdf } from "~/modules/document-requests/pdf.server";
import { getRequestForRequester } from "~/modules/document-requests/request.server";
import { pdfResponse } from "~/utils/pdf.server";

/** The pre-filled referral to the CADA as a PDF, once the commune has refused (or kept silent). */
export async function loader({ params }: LoaderFunctionArgs) {
  const request = await getRequestForRequester({ token: params.token ?? "" });
  if (!request?.referral) throw new Response("Not found", { status: 404 });
  const pdf = await letterPdf({ title: request.referral.subject, body: request.referral.body });
  return pdfResponse(`saisine-cada-${request.commune.slug}.pdf`, pdf);
}
