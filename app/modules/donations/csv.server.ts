// The organizers' CSV of donations: headers, kinds, states, dates and amounts in their language.
import type { CsvTable } from "~/utils/csv.server";
import { formatDateTime } from "~/utils/dates";
import { translator, type Lang } from "~/utils/i18n";
import { spreadsheetEuros } from "~/utils/money";
import type { listDonations } from "./admin.server";

export function donationsCsv(donations: Awaited<ReturnType<typeof listDonations>>, lang: Lang): CsvTable {
  const t = translator(lang);
  const when = (date: Date | null) => (date ? formatDateTime(lang, date, "short") : null);
  return {
    header: (["id", "createdAt", "paidAt", "refundedAt", "kind", "status", "amount", "email", "name"] as const).map((column) => t(`admin.csv.${column}`)),
    rows: donations.map((d) => [
      d.id,
      when(d.createdAt),
      when(d.paidAt),
      when(d.refundedAt),
      t(`donate.kindName.${d.kind}`),
      t(`donate.status.${d.status}`),
      spreadsheetEuros(d.amount, lang),
      d.email,
      d.name,
    ]),
  };
}
