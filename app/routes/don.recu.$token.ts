import type { LoaderFunctionArgs } from "@remix-run/node";
import { receiptContent, receiptIdFromToken, receiptPdf } from "~/modules/donations/tax-receipt.server";
import { pdfResponse } from "~/utils/pdf.server";

/** The donor's receipt, from the signed link in their January email. Reading only. */
export async function loader({ params }: LoaderFunctionArgs) {
  const receiptId = receiptIdFromToken(params.token ?? "");
  const content = receiptId ? await receiptContent(receiptId) : null;
  if (!content) throw new Response("Not found", { status: 404 });
  return pdfResponse(`recu-fiscal-${content.number}.pdf`, await receiptPdf(content));
}
