// The mandate list as CSV for the authority (issue 26, item 4). Always in French, as the annex:
// it goes to a French authority. Dates and times are those of Paris; a spreadsheet formula typed
// as a name is neutralised by toCsv.
import type { CsvTable } from "~/utils/csv.server";
import { formatDate, formatDateTime } from "~/utils/dates";
import { translator } from "~/utils/i18n";
import type { MandateList } from "./export.server";

const time = new Intl.DateTimeFormat("fr-FR", { timeZone: "Europe/Paris", hour: "2-digit", minute: "2-digit", second: "2-digit" });

export function mandateListCsv({ campaign, rows }: MandateList): CsvTable {
  const t = translator("fr");
  const address = campaign.requiresPostalAddress;
  const header = [
    t("admin.mandateFiling.list.lastName"),
    t("admin.mandateFiling.list.firstName"),
    t("admin.mandateFiling.list.commune"),
    t("admin.mandateFiling.list.inseeCode"),
    t("admin.mandateFiling.list.link"),
    ...(address ? [t("admin.mandateFiling.list.postalAddress")] : []),
    t("admin.mandateFiling.list.date"),
    t("admin.mandateFiling.list.time"),
    t("admin.mandateFiling.list.confirmedAt"),
    t("admin.mandateFiling.list.version"),
    t("admin.mandateFiling.list.sha256"),
  ];
  return {
    header,
    rows: rows.map((row) => [
      row.lastName,
      row.firstName,
      row.communeName,
      row.inseeCode,
      t(`admin.mandateFiling.list.link.${row.communeLink}`),
      ...(address ? [row.postalAddress ?? ""] : []),
      formatDate("fr", row.mandatedAt, "short"),
      time.format(row.mandatedAt),
      formatDateTime("fr", row.confirmedAt, "short"),
      `${row.textVersion} (${row.textLang})`,
      row.textSha256,
    ]),
  };
}

export const mandateListFilename = (slug: string, ext: "csv" | "pdf") => `mandats-${slug}.${ext}`;
