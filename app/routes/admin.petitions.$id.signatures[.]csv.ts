import type { LoaderFunctionArgs } from "@remix-run/node";
import { getPetitionForAdmin, recordExport, sharedSignatures } from "~/models/petition-admin.server";
import { requireOrganizer } from "~/models/auth.server";
import { csvResponse, toCsv } from "~/utils/csv.server";
import { formatDateTime } from "~/utils/dates";
import { translator } from "~/utils/i18n";
import { getLang } from "~/utils/lang.server";
import { isUuid } from "~/utils/uuid";

/** Confirmed, valid signatures with only what signers agreed to share (see sharedSignatures). */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const organizer = await requireOrganizer(request);
  const petition = params.id && isUuid(params.id) ? await getPetitionForAdmin({ id: params.id }) : null;
  if (!petition) throw new Response("Not found", { status: 404 });
  // Headers, kinds and dates in the organizer's language ("confirmée le", "soutien").
  const lang = await getLang(request);
  const t = translator(lang);
  const rows: (string | Date | null)[][] = [];
  for await (const signer of sharedSignatures({ petitionId: petition.id })) {
    rows.push([
      signer.confirmedAt ? formatDateTime(lang, signer.confirmedAt, "short") : null,
      t(signer.isResident ? "admin.csv.resident" : "admin.csv.supporter"),
      signer.firstName,
      signer.lastName,
    ]);
  }
  await recordExport({ petitionId: petition.id, organizerId: organizer.id, kind: "csv", rows: rows.length });
  return csvResponse(
    `signatures-${petition.commune.slug}.csv`,
    toCsv([t("admin.csv.confirmedAt"), t("admin.csv.kind"), t("admin.csv.firstName"), t("admin.csv.lastName")], rows),
  );
}
