import { parseWithZod } from "@conform-to/zod/v4";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { LegalActionForm } from "~/modules/legal-actions/components/form";
import { createLegalAction, resolveReferences } from "~/modules/legal-actions/legal-action.server";
import { projectChoices } from "~/modules/projects/project.server";
import { LegalActionSchema } from "~/modules/legal-actions/schema";
import { requireOrganizer } from "~/models/auth.server";
import { useT } from "~/utils/i18n";
import { adminTitle } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => adminTitle(matches, "admin.legal.new");

export async function loader({ request }: LoaderFunctionArgs) {
  await requireOrganizer(request);
  return { projects: await projectChoices() };
}

export async function action({ request }: ActionFunctionArgs) {
  const organizer = await requireOrganizer(request);
  const submission = parseWithZod(await request.formData(), { schema: LegalActionSchema });
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  const { inseeCodes, fieldErrors } = await resolveReferences(submission.value);
  if (Object.keys(fieldErrors).length) return data(submission.reply({ fieldErrors }), { status: 400 });
  const created = await createLegalAction({ input: submission.value, inseeCodes, organizerId: organizer.id });
  return redirect(`/admin/recours/${created.id}`);
}

export default function NewLegalActionPage() {
  const { projects } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const t = useT();
  return (
    <>
      <h1>{t("admin.legal.new")}</h1>
      <LegalActionForm lastResult={lastResult} defaultValue={{ status: "FILED" }} submitLabel={t("admin.legal.create")} projects={projects} />
    </>
  );
}
