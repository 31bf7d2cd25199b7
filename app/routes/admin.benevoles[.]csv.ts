import type { LoaderFunctionArgs } from "@remix-run/node";
import { auditedCsv } from "~/models/audit.server";
import { volunteersCsv } from "~/modules/volunteers/csv.server";
import { listVolunteers } from "~/modules/volunteers/volunteer.server";
import { VolunteerFilterSchema, volunteerFilterQuery } from "~/modules/volunteers/schema";
import { requireOrganizer } from "~/models/auth.server";
import { territoryOf } from "~/modules/groups/territory.server";
import { getLang } from "~/utils/lang.server";

/** The filtered list of volunteers as CSV (formula cells neutralised); every export is audited. */
export async function loader({ request }: LoaderFunctionArgs) {
  const organizer = await requireOrganizer(request, { territorial: true });
  const filter = VolunteerFilterSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const volunteers = await listVolunteers(filter, { territory: await territoryOf(organizer) });
  return auditedCsv(
    { organizerId: organizer.id, action: "volunteer.export", subjectType: "volunteer", query: volunteerFilterQuery(filter) },
    `benevoles-${new Date().toISOString().slice(0, 10)}.csv`,
    volunteersCsv(volunteers, await getLang(request)),
  );
}
