import type { LoaderFunctionArgs } from "@remix-run/node";
import { getPetitionForAdmin, recordExport, sharedSignatures } from "~/models/petition-admin.server";
import { requireOrganizer } from "~/utils/auth.server";
import { csvResponse, toCsv } from "~/utils/csv.server";
import { isUuid } from "~/utils/uuid";

/** Confirmed, valid signatures with only what signers agreed to share (see sharedSignatures). */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const organizer = await requireOrganizer(request);
  const petition = params.id && isUuid(params.id) ? await getPetitionForAdmin({ id: params.id }) : null;
  if (!petition) throw new Response("Not found", { status: 404 });
  const rows: (string | Date | null)[][] = [];
  for await (const signer of sharedSignatures({ petitionId: petition.id })) {
    rows.push([signer.confirmedAt, signer.isResident ? "resident" : "supporter", signer.firstName, signer.lastName]);
  }
  await recordExport({ petitionId: petition.id, organizerId: organizer.id, kind: "csv", rows: rows.length });
  return csvResponse(`signatures-${petition.commune.slug}.csv`, toCsv(["confirmed_at", "kind", "first_name", "last_name"], rows));
}
