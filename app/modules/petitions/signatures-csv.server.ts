// The CSV of a petition's signatures for its organizers: only what signers agreed to share
// (sharedSignatures), headers, kinds and dates in the organizer's language.
import { sharedSignatures } from "./admin.server";
import type { CsvRow, CsvTable } from "~/utils/csv.server";
import { formatDateTime } from "~/utils/dates";
import { translator, type Lang } from "~/utils/i18n";

export async function signaturesCsv(petitionId: string, lang: Lang): Promise<CsvTable> {
  const t = translator(lang);
  const rows: CsvRow[] = [];
  for await (const signer of sharedSignatures({ petitionId })) {
    rows.push([
      signer.confirmedAt ? formatDateTime(lang, signer.confirmedAt, "short") : null,
      t(signer.isResident ? "admin.csv.resident" : "admin.csv.supporter"),
      signer.firstName,
      signer.lastName,
    ]);
  }
  return { header: [t("admin.csv.confirmedAt"), t("admin.csv.kind"), t("admin.csv.firstName"), t("admin.csv.lastName")], rows };
}
