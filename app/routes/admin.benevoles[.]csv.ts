import type { LoaderFunctionArgs } from "@remix-run/node";
import { auditVolunteerExport, listVolunteers } from "~/modules/volunteers/volunteer.server";
import { VolunteerFilterSchema } from "~/modules/volunteers/schema";
import { requireOrganizer } from "~/models/auth.server";
import { csvResponse, toCsv } from "~/utils/csv.server";
import { translator } from "~/utils/i18n";
import { getLang } from "~/utils/lang.server";
import { formatDateTime } from "~/utils/dates";

/** The filtered list of volunteers as CSV (formula cells neutralised); every export is audited. */
export async function loader({ request }: LoaderFunctionArgs) {
  const organizer = await requireOrganizer(request);
  const filter = VolunteerFilterSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const lang = await getLang(request);
  const t = translator(lang);
  const when = (date: Date | null) => (date ? formatDateTime(lang, date, "short") : null);
  const volunteers = await listVolunteers(filter);
  await auditVolunteerExport({ organizerId: organizer.id, filter, count: volunteers.length });
  const header = (
    ["name", "email", "commune", "department", "skills", "availability", "languages", "message", "volunteerConfirmedAt", "contactedAt", "contactNote"] as const
  ).map((column) => t(`admin.csv.${column}`));
  const rows = volunteers.map((v) => [
    v.name,
    v.email,
    v.commune,
    v.departmentCode,
    v.skills.map((skill) => t(`volunteers.skill.${skill}`)).join(" / "),
    t(`volunteers.availability.${v.availability}`),
    v.languages,
    v.message,
    when(v.confirmedAt),
    when(v.contactedAt),
    v.contactNote,
  ]);
  return csvResponse(`benevoles-${new Date().toISOString().slice(0, 10)}.csv`, toCsv(header, rows));
}
