import type { LoaderFunctionArgs } from "@remix-run/node";
import { recordLetterExport } from "~/modules/petitions/admin.server";
import { petitionLetterPdf } from "~/modules/petitions/letter.server";
import { requireOrganizer } from "~/models/auth.server";
import { requireRecord } from "~/modules/territorial/records.server";
import { isUuid } from "~/utils/uuid";

/** The letter to the mayor, generated on demand from the current count and names. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const organizer = await requireOrganizer(request, { territorial: true });
  await requireRecord(organizer, "petition", params.id, "petition.letter");
  const letter = params.id && isUuid(params.id) ? await petitionLetterPdf({ petitionId: params.id }) : null;
  if (!letter) throw new Response("Not found", { status: 404 });
  await recordLetterExport({ petitionId: params.id as string, organizerId: organizer.id, rows: letter.names });
  return new Response(Buffer.from(letter.pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="${letter.filename.replace(/[^\w.-]/g, "_")}"`,
      "Cache-Control": "no-store",
    },
  });
}
