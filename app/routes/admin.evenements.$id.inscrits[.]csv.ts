import type { LoaderFunctionArgs } from "@remix-run/node";
import { auditedCsv } from "~/models/audit.server";
import { requireOrganizer } from "~/models/auth.server";
import { attendees, eventForAdmin } from "~/modules/events/event.server";
import { formatDateTime } from "~/utils/dates";
import { translator } from "~/utils/i18n";
import { getLang } from "~/utils/lang.server";

/** The attendee list with addresses: the event's group's coordinators and national organizers only, audited. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const organizer = await requireOrganizer(request, { territorial: true });
  const event = await eventForAdmin(organizer, params.id ?? "", "export");
  const lang = await getLang(request);
  const t = translator(lang);
  const list = await attendees(event.id, { withEmail: true });
  return auditedCsv({ organizerId: organizer.id, action: "event.attendees.csv", subjectType: "event", subjectId: event.id }, `inscrits-${event.slug}.csv`, {
    header: [t("admin.events.csvName"), t("admin.events.csvEmail"), t("admin.events.csvStatus"), t("admin.events.csvConfirmedAt")],
    rows: list.map((row) => [
      row.name ?? "",
      row.email ?? "",
      t(`admin.events.status.${row.status}`),
      row.confirmedAt ? formatDateTime(lang, row.confirmedAt, "short") : "",
    ]),
  });
}
