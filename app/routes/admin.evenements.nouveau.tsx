import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { requireOrganizer } from "~/models/auth.server";
import { readEventForm } from "~/modules/events/admin.server";
import { EventForm } from "~/modules/events/components/event-form";
import { createEvent, groupChoices } from "~/modules/events/event.server";
import { isNational } from "~/modules/groups/territory.server";
import { redirectWithNotice } from "~/utils/flash.server";
import { useT } from "~/utils/i18n";
import { adminTitle } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => adminTitle(matches, "admin.events.new");

export async function loader({ request }: LoaderFunctionArgs) {
  const organizer = await requireOrganizer(request, { territorial: true });
  return { groups: await groupChoices(organizer), national: isNational(organizer) };
}

export async function action({ request }: ActionFunctionArgs) {
  const organizer = await requireOrganizer(request, { territorial: true });
  const read = await readEventForm(organizer, await request.formData());
  if (!read.ok) return data({ result: read.reply, choices: read.choices }, { status: 400 });
  const created = await createEvent({ input: read.input, inseeCode: read.inseeCode, organizerId: organizer.id });
  return redirectWithNotice(`/admin/evenements/${created.id}`, { key: "admin.events.notice.created" });
}

export default function NewEventPage() {
  const { groups, national } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useT();
  return (
    <>
      <h1>{t("admin.events.new")}</h1>
      <EventForm
        lastResult={actionData?.result}
        choices={actionData?.choices}
        groups={groups}
        national={national}
        defaultValue={{ place: "address", registration: "on", groupId: national ? "" : groups[0]?.id }}
        submitLabel={t("admin.events.create")}
      />
    </>
  );
}
