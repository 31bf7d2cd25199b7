import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { requireOrganizer } from "~/models/auth.server";
import { listEvents } from "~/modules/events/event.server";
import { useDates } from "~/utils/dates";
import { useT } from "~/utils/i18n";
import { adminTitle } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => adminTitle(matches, "admin.events");

export async function loader({ request }: LoaderFunctionArgs) {
  const organizer = await requireOrganizer(request, { territorial: true });
  return { events: await listEvents(organizer) };
}

export default function AdminEventsPage() {
  const { events } = useLoaderData<typeof loader>();
  const t = useT();
  const dates = useDates();
  return (
    <>
      <h1>{t("admin.events")}</h1>
      <p>
        <Link to="/admin/evenements/nouveau">{t("admin.events.new")}</Link>
      </p>
      {events.length === 0 ? (
        <p>{t("admin.events.none")}</p>
      ) : (
        <div className="table-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">{t("admin.events.colDate")}</th>
                <th scope="col">{t("admin.events.colTitle")}</th>
                <th scope="col">{t("admin.events.colGroup")}</th>
                <th scope="col">{t("admin.events.colStatus")}</th>
                <th scope="col">{t("admin.events.colRegistered")}</th>
              </tr>
            </thead>
            <tbody>
              {events.map((event) => (
                <tr key={event.id}>
                  <td>{dates.dateTime(event.startsAt, "medium")}</td>
                  <td>
                    <Link to={`/admin/evenements/${event.id}`}>{event.title}</Link>
                    <br />
                    <span className="muted small">
                      {t(`events.kind.${event.kind}`)}
                      {event.commune ? ` · ${event.commune.name}` : ""}
                    </span>
                  </td>
                  <td>{event.group?.name ?? "—"}</td>
                  <td>
                    {event.status === "CANCELLED"
                      ? t("admin.events.cancelledStatus")
                      : event.publishedAt
                        ? t("admin.events.published")
                        : t("admin.events.draft")}
                  </td>
                  <td>
                    {event.registered}
                    {event.capacity ? ` / ${event.capacity}` : ""}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
