import type { LoaderFunctionArgs } from "@remix-run/node";
import { exportRequests } from "~/models/document-request-admin.server";
import { requireOrganizer } from "~/models/auth.server";
import { csvResponse, toCsv } from "~/utils/csv.server";

/** Every confirmed request as CSV, without the requesters (audited). */
export async function loader({ request }: LoaderFunctionArgs) {
  const organizer = await requireOrganizer(request);
  const rows = await exportRequests({ organizerId: organizer.id });
  const day = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : "");
  const header = [
    "id",
    "insee_code",
    "commune",
    "department",
    "template",
    "campaign",
    "project",
    "documents",
    "state",
    "sent_on",
    "answer_due",
    "answered_on",
    "answer",
    "referred_on",
    "opinion_on",
    "outcome",
    "court_on",
    "days_overdue",
    "files",
  ];
  const body = rows.map((row) => [
    row.id,
    row.commune.inseeCode,
    row.commune.name,
    row.commune.departmentCode,
    row.template.slug,
    row.campaign?.title ?? "",
    row.projectLabel,
    row.documents.join(" | "),
    row.clock.state,
    day(row.sentOn),
    row.clock.answerDue ?? "",
    day(row.answeredOn),
    row.answerKind ?? "",
    day(row.referredOn),
    day(row.opinionOn),
    row.outcome ?? "",
    day(row.courtOn),
    row.clock.daysOverdue,
    row._count.files,
  ]);
  return csvResponse(`demandes-${new Date().toISOString().slice(0, 10)}.csv`, toCsv(header, body));
}
