import type { LoaderFunctionArgs } from "@remix-run/node";
import { receiptContent, receiptPdf } from "~/modules/donations/tax-receipt.server";
import { requireOrganizer } from "~/models/auth.server";
import { pdfResponse } from "~/utils/pdf.server";
import { isUuid } from "~/utils/uuid";

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireOrganizer(request);
  const content = isUuid(params.id ?? "") ? await receiptContent(params.id!) : null;
  if (!content) throw new Response("Not found", { status: 404 });
  return pdfResponse(`recu-fiscal-${content.number}.pdf`, await receiptPdf(content));
}
