// The organizers' CSV of document requests, in their language like the petition and donation
// exports: French headers ("envoyée le"), stages, answers and outcomes as the site names them,
// and dates as French writes them (01/12/2026).
import type { CsvTable } from "~/utils/csv.server";
import { formatDate } from "~/utils/dates";
import { translator, type Lang } from "~/utils/i18n";
import type { exportRequests } from "./admin.server";

type ExportedRequest = Awaited<ReturnType<typeof exportRequests>>[number];

const COLUMNS = [
  "id",
  "inseeCode",
  "commune",
  "department",
  "template",
  "campaign",
  "project",
  "documents",
  "requestState",
  "sentOn",
  "answerDue",
  "answeredOn",
  "answer",
  "referredOn",
  "opinionOn",
  "outcome",
  "courtOn",
  "daysOverdue",
  "files",
] as const;

export function documentRequestsCsv(rows: ExportedRequest[], lang: Lang): CsvTable {
  const t = translator(lang);
  const day = (value: Date | string | null | undefined) => (value ? formatDate(lang, value, "short") : "");
  return {
    header: COLUMNS.map((column) => t(`admin.csv.${column}`)),
    rows: rows.map((row) => [
      row.id,
      row.commune.inseeCode,
      row.commune.name,
      row.commune.departmentCode,
      row.template.slug,
      row.campaign?.title ?? "",
      row.projectLabel,
      row.documents.join(" | "),
      t(`documentRequests.state.${row.clock.state}`),
      day(row.sentOn),
      day(row.clock.answerDue),
      day(row.answeredOn),
      row.answerKind ? t(`documentRequests.answer.${row.answerKind}`) : "",
      day(row.referredOn),
      day(row.opinionOn),
      row.outcome ? t(`documentRequests.outcome.${row.outcome}`) : "",
      day(row.courtOn),
      row.clock.daysOverdue,
      row._count.files,
    ]),
  };
}
