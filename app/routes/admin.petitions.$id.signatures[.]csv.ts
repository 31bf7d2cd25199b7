import type { LoaderFunctionArgs } from "@remix-run/node";
import { getPetitionForAdmin } from "~/modules/petitions/admin.server";
import { requireOrganizer } from "~/models/auth.server";
import { requireRecord } from "~/modules/territorial/records.server";
import { auditedCsv } from "~/models/audit.server";
import { signaturesCsv } from "~/modules/petitions/signatures-csv.server";
import { getLang } from "~/utils/lang.server";
import { isUuid } from "~/utils/uuid";

/** Confirmed, valid signatures with only what signers agreed to share (see sharedSignatures). */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const organizer = await requireOrganizer(request, { territorial: true });
  await requireRecord(organizer, "petition", params.id, "petition.export.csv");
  const petition = params.id && isUuid(params.id) ? await getPetitionForAdmin({ id: params.id }) : null;
  if (!petition) throw new Response("Not found", { status: 404 });
  return auditedCsv(
    { organizerId: organizer.id, action: "petition.export.csv", subjectType: "petition", subjectId: petition.id },
    `signatures-${petition.commune.slug}.csv`,
    await signaturesCsv(petition.id, await getLang(request)),
  );
}
