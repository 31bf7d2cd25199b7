// Signature-level moderation of one petition (issue 28): the filtered list, and actions on a
// selection or on every signature matching the filter. The filter lives in the address (GET), so
// the fraud view links to it and a reload shows the same list.
import { parseWithZod } from "@conform-to/zod/v4";
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { requireOrganizer } from "~/models/auth.server";
import { requireRecord } from "~/modules/territorial/records.server";
import { ModerationPage, type ModerationActionResult } from "~/modules/petition-moderation/components/moderation-page";
import { countTargets, listSignaturesForModeration, moderateSignatures } from "~/modules/petition-moderation/moderation.server";
import { filterFromUrl, petitionForModeration, typedFilter } from "~/modules/petition-moderation/page.server";
import { MODERATION_INTENTS } from "~/modules/petition-moderation/choices";
import { ModerationActionSchema } from "~/modules/petition-moderation/schema";
import { adminTitle } from "~/utils/meta";
import { isConfirmed } from "~/schemas/confirm";
import { redirectWithNotice, takeNotice } from "~/utils/flash.server";

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  adminTitle(matches, "admin.moderation.heading", data ? { text: data.petition.commune.name } : null);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const organizer = await requireOrganizer(request, { territorial: true });
  await requireRecord(organizer, "petition", params.id, "petition.signatures");
  const petition = await petitionForModeration(params.id);
  const url = new URL(request.url);
  const parsed = filterFromUrl(url);
  const list = parsed.ok ? await listSignaturesForModeration({ petitionId: petition.id, filter: parsed.filter, page: parsed.page }) : null;
  const { notice, headers } = await takeNotice(request);
  const done = MODERATION_INTENTS.find((intent) => intent === notice?.key);
  return data(
    {
      petition: { id: petition.id, title: petition.title, commune: petition.commune, residents: petition.residents, supporters: petition.supporters },
      typed: typedFilter(url),
      filterErrors: parsed.ok ? {} : parsed.errors,
      page: parsed.ok ? parsed.page : 1,
      list,
      done: done ? { intent: done, count: notice?.count ?? 0 } : null,
    },
    { headers },
  );
}

export async function action({ request, params }: ActionFunctionArgs) {
  const organizer = await requireOrganizer(request, { territorial: true });
  await requireRecord(organizer, "petition", params.id, "petition.moderate");
  const petition = await petitionForModeration(params.id);
  const url = new URL(request.url);
  const formData = await request.formData();
  const submission = parseWithZod(formData, { schema: ModerationActionSchema });
  const typed = { reason: String(formData.get("reason") ?? ""), scope: String(formData.get("scope") ?? "selected"), ids: formData.getAll("id").map(String) };
  if (submission.status !== "success") {
    return data<ModerationActionResult>({ errors: submission.reply().error ?? {}, typed }, { status: 400 });
  }
  const parsed = filterFromUrl(url);
  if (!parsed.ok && submission.value.scope === "all") {
    return data<ModerationActionResult>({ errors: { scope: ["moderation.errors.filter"] }, typed }, { status: 400 });
  }
  if (submission.value.intent === "delete" && !isConfirmed(submission.value)) {
    const count = await countTargets({ petitionId: petition.id, action: submission.value, filter: parsed.ok ? parsed.filter : {} });
    return data<ModerationActionResult>({ errors: {}, typed, confirmDelete: { count } });
  }
  const result = await moderateSignatures({
    petitionId: petition.id,
    organizerId: organizer.id,
    action: submission.value,
    filter: parsed.ok ? parsed.filter : {},
  });
  // Post/Redirect/Get, back to the same list, its notice in a flash cookie.
  const next = new URLSearchParams(typedFilter(url)).toString();
  return redirectWithNotice(`${url.pathname}${next ? `?${next}` : ""}`, { key: submission.value.intent, count: result.affected });
}

export default function AdminPetitionSignatures() {
  const loaderData = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return <ModerationPage {...loaderData} actionData={actionData} />;
}
