import { parseWithZod } from "@conform-to/zod/v4";
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { ConfirmStep } from "~/components/confirm-step";
import { auditExport } from "~/models/audit.server";
import { requireOrganizer } from "~/models/auth.server";
import { readEventForm } from "~/modules/events/admin.server";
import { EventForm } from "~/modules/events/components/event-form";
import { EventNotice } from "~/modules/events/components/notice";
import { attendees, cancelEvent, eventDefaults, eventForAdmin, groupChoices, publishEvent, updateEvent } from "~/modules/events/event.server";
import { EventAdminActionSchema } from "~/modules/events/schema";
import { isNational } from "~/modules/groups/territory.server";
import { isConfirmed } from "~/schemas/confirm";
import { redirectWithNotice, takeNotice } from "~/utils/flash.server";
import { useT } from "~/utils/i18n";
import { adminTitle } from "~/utils/meta";

export const meta: MetaFunction<typeof loader> = ({ matches, data }) => adminTitle(matches, data ? { text: data.event.title } : null, "admin.events");

export async function loader({ request, params }: LoaderFunctionArgs) {
  const organizer = await requireOrganizer(request, { territorial: true });
  const event = await eventForAdmin(organizer, params.id ?? "", "view");
  const [groups, list, { notice, headers }] = await Promise.all([groupChoices(organizer), attendees(event.id), takeNotice(request)]);
  // Who went where is personal data: every view of the names is recorded, like an export.
  if (list.length)
    await auditExport({ organizerId: organizer.id, action: "event.attendees.view", subjectType: "event", subjectId: event.id, rows: list.length });
  return data(
    {
      event: { id: event.id, slug: event.slug, title: event.title, status: event.status, publishedAt: event.publishedAt, capacity: event.capacity },
      defaults: eventDefaults(event),
      groups,
      national: isNational(organizer),
      attendees: list,
      notice,
    },
    { headers },
  );
}

export async function action({ request, params }: ActionFunctionArgs) {
  const organizer = await requireOrganizer(request, { territorial: true });
  const formData = await request.formData();
  const intent = formData.get("intent");
  const event = await eventForAdmin(organizer, params.id ?? "", typeof intent === "string" ? intent.slice(0, 20) : "unknown");
  const here = `/admin/evenements/${event.id}`;
  // A cancelled event is history: it is not edited (the page shows no form), whatever is posted.
  if (event.status === "CANCELLED") return data({ invalid: true as const }, { status: 400 });
  if (intent === "save") {
    const read = await readEventForm(organizer, formData);
    if (!read.ok) return data({ result: read.reply, choices: read.choices }, { status: 400 });
    const saved = await updateEvent({ id: event.id, input: read.input, inseeCode: read.inseeCode, organizerId: organizer.id });
    return redirectWithNotice(here, { key: saved.told ? "admin.events.notice.savedTold" : "admin.events.notice.saved" });
  }
  const submission = parseWithZod(formData, { schema: EventAdminActionSchema });
  if (submission.status !== "success") return data({ invalid: true as const }, { status: 400 });
  if (submission.value.intent === "publish") {
    await publishEvent({ id: event.id, organizerId: organizer.id });
    return redirectWithNotice(here, { key: "admin.events.notice.published" });
  }
  if (!isConfirmed(submission.value)) return { confirmCancel: true as const };
  await cancelEvent({ id: event.id, organizerId: organizer.id });
  return redirectWithNotice(here, { key: "admin.events.notice.cancelled" });
}

export default function AdminEventPage() {
  const { event, defaults, groups, national, attendees, notice } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useT();
  const confirmed = attendees.filter((attendee) => attendee.status === "CONFIRMED").length;
  return (
    <>
      <h1>{event.title}</h1>
      <EventNotice notice={actionData ? null : notice} />
      <p>
        {event.status === "CANCELLED" ? t("admin.events.cancelledStatus") : event.publishedAt ? t("admin.events.published") : t("admin.events.draft")}
        {event.publishedAt ? (
          <>
            {" · "}
            <Link to={`/agenda/${event.slug}`}>{t("admin.events.view")}</Link>
          </>
        ) : null}
      </p>
      {event.status === "SCHEDULED" && !event.publishedAt ? (
        <Form method="post">
          <p className="hint">{t("admin.events.publishHint")}</p>
          <input type="hidden" name="intent" value="publish" />
          <button type="submit">{t("admin.events.publish")}</button>
        </Form>
      ) : null}

      <section aria-labelledby="attendees-heading">
        <h2 id="attendees-heading">
          {t("admin.events.attendees")} ({confirmed}
          {event.capacity ? ` / ${event.capacity}` : ""})
        </h2>
        {attendees.length === 0 ? (
          <p>{t("admin.events.attendeesNone")}</p>
        ) : (
          <>
            <ol data-testid="attendees">
              {attendees.map((attendee) => (
                <li key={attendee.id}>
                  {attendee.name ?? "—"} — {t(attendee.status === "CONFIRMED" ? "admin.events.attendeeConfirmed" : "admin.events.attendeeWaiting")}
                </li>
              ))}
            </ol>
            <p>
              <a href={`/admin/evenements/${event.id}/inscrits.csv`} download>
                {t("admin.events.csv")}
              </a>
            </p>
          </>
        )}
      </section>

      {event.status === "SCHEDULED" ? (
        <section aria-labelledby="edit-heading">
          <h2 id="edit-heading">{t("admin.events.save")}</h2>
          <EventForm
            lastResult={actionData && "result" in actionData ? actionData.result : null}
            choices={actionData && "choices" in actionData ? actionData.choices : undefined}
            groups={groups}
            national={national}
            defaultValue={defaults}
            submitLabel={t("admin.events.save")}
            hint={t("admin.events.saveHint")}
          />
          <h2>{t("admin.events.cancel")}</h2>
          {actionData && "confirmCancel" in actionData ? (
            <ConfirmStep
              id="confirm-cancel-event"
              heading={t("admin.events.cancelConfirmHeading")}
              consequence={t("admin.events.cancelConfirmText")}
              fields={{ intent: "cancel" }}
              confirmLabel={t("admin.events.cancelConfirm")}
            />
          ) : (
            <Form method="post">
              <input type="hidden" name="intent" value="cancel" />
              <button type="submit" className="button-secondary">
                {t("admin.events.cancel")}
              </button>
            </Form>
          )}
        </section>
      ) : null}
    </>
  );
}
