import type { LoaderFunctionArgs } from "@remix-run/node";
import { letterPdf } from "~/modules/document-requests/pdf.server";
import { getRequestForRequester } from "~/modules/document-requests/request.server";
import { pdfResponse } from "~/utils/pdf.server";

/** The request's letter as a PDF, to send by post. */
export async function loader({ params }: LoaderFunctionArgs) {
  const request = await getRequestForRequester({ token: params.token ?? "" });
  if (!request || !request.confirmed) throw new Response("Not found", { status: 404 });
  const pdf = await letterPdf({ title: request.letter.subject, body: request.letter.body });
  return pdfResponse(`demande-${request.commune.slug}.pdf`, pdf);
}
