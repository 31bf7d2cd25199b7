import { parseWithZod } from "@conform-to/zod/v4";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData } from "@remix-run/react";
import { requireOrganizer } from "~/models/auth.server";
import { createCouncilSession, resolveCommune } from "~/modules/calendar/campaign-dates.server";
import { CouncilSessionForm } from "~/modules/calendar/components/council-session-form";
import { CouncilSessionSchema } from "~/modules/calendar/schema";
import { adminTitle } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => adminTitle(matches, "calendar.session.heading");

export async function loader({ request }: LoaderFunctionArgs) {
  await requireOrganizer(request, { territorial: true });
  return null;
}

/** A council session for a commune: national organizers anywhere, a coordinator in their territory only (403 otherwise). */
export async function action({ request }: ActionFunctionArgs) {
  const organizer = await requireOrganizer(request, { territorial: true });
  const submission = parseWithZod(await request.formData(), { schema: CouncilSessionSchema });
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  const commune = await resolveCommune(submission.value.commune);
  if (!commune.ok) return data(submission.reply({ fieldErrors: { commune: [commune.error] } }), { status: 400 });
  await createCouncilSession({ actor: organizer, commune, input: submission.value });
  // The commune's page, where the session now shows among its next dates.
  return redirect(`/villes/${commune.slug}#commune-events-heading`);
}

export default function CouncilSessionPage() {
  const lastResult = useActionData<typeof action>();
  return <CouncilSessionForm lastResult={lastResult} />;
}
