// The organizers' CSV of volunteers: headers, skills, availability and dates in their language.
import type { CsvTable } from "~/utils/csv.server";
import { formatDateTime } from "~/utils/dates";
import { translator, type Lang } from "~/utils/i18n";
import type { listVolunteers } from "./volunteer.server";

const COLUMNS = [
  "name",
  "email",
  "commune",
  "department",
  "skills",
  "availability",
  "languages",
  "message",
  "volunteerConfirmedAt",
  "contactedAt",
  "contactNote",
] as const;

export function volunteersCsv(volunteers: Awaited<ReturnType<typeof listVolunteers>>, lang: Lang): CsvTable {
  const t = translator(lang);
  const when = (date: Date | null) => (date ? formatDateTime(lang, date, "short") : null);
  return {
    header: COLUMNS.map((column) => t(`admin.csv.${column}`)),
    rows: volunteers.map((v) => [
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
    ]),
  };
}
