import { parseWithZod } from "@conform-to/zod/v4";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { requireOrganizer } from "~/models/auth.server";
import { checkCampaignReferences } from "~/modules/mandates/admin.server";
import { createCampaign, legalActionChoices } from "~/modules/mandates/campaign.server";
import { CampaignForm } from "~/modules/mandates/components/campaign-form";
import { CampaignSchema } from "~/modules/mandates/schema";
import { useT } from "~/utils/i18n";
import { adminTitle } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => adminTitle(matches, "admin.mandates.new");

export async function loader({ request }: LoaderFunctionArgs) {
  await requireOrganizer(request, { legal: true });
  return { legalActions: await legalActionChoices() };
}

export async function action({ request }: ActionFunctionArgs) {
  const organizer = await requireOrganizer(request, { legal: true });
  const submission = parseWithZod(await request.formData(), { schema: CampaignSchema });
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  const { inseeCodes, fieldErrors } = await checkCampaignReferences(submission.value);
  if (Object.keys(fieldErrors).length) return data(submission.reply({ fieldErrors }), { status: 400 });
  const created = await createCampaign({ input: submission.value, inseeCodes, organizerId: organizer.id });
  if (!created.ok) return data(submission.reply({ fieldErrors: { slug: ["mandates.errors.slugTaken"] } }), { status: 400 });
  return redirect(`/admin/mandats/${created.id}`);
}

export default function NewMandateCampaignPage() {
  const { legalActions } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const t = useT();
  return (
    <>
      <h1>{t("admin.mandates.new")}</h1>
      <CampaignForm lastResult={lastResult} legalActions={legalActions} defaultValue={{ eligibility: "FRANCE" }} submitLabel={t("admin.mandates.create")} />
    </>
  );
}
