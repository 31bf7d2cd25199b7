import { getFormProps, getSelectProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { ErrorSummary, FieldErrors, TextField } from "~/components/forms";
import { useServerForm } from "~/components/server-form";
import { constraints as documentRequestCampaignConstraints } from "~/components/form-constraints/documentRequestCampaign";
import { launchCampaign, listCampaigns } from "~/modules/document-requests/admin.server";
import { listActiveTemplates } from "~/modules/document-requests/request.server";
import { CampaignSchema } from "~/modules/document-requests/schema";
import { requireOrganizer } from "~/models/auth.server";
import { useT } from "~/utils/i18n";
import { adminTitle } from "~/utils/meta";

/** This page's forms' HTML constraints (app/components/form-constraints/, generated). */
const forms = { documentRequestCampaign: documentRequestCampaignConstraints };

export const meta: MetaFunction = ({ matches }) => adminTitle(matches, "admin.requests.campaigns");

export async function loader({ request }: LoaderFunctionArgs) {
  await requireOrganizer(request);
  const [campaigns, templates] = await Promise.all([listCampaigns(), listActiveTemplates()]);
  return { campaigns, templates: templates.map(({ id, title }) => ({ id, title })) };
}

export async function action({ request }: ActionFunctionArgs) {
  const organizer = await requireOrganizer(request);
  const submission = parseWithZod(await request.formData(), { schema: CampaignSchema });
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  const result = await launchCampaign({ input: submission.value, organizerId: organizer.id });
  if (!result.ok) {
    const fieldErrors: Record<string, string[]> =
      result.error === "none"
        ? { minPopulation: ["documentRequests.errors.noCommunes"] }
        : result.error === "project"
          ? { projectLabel: ["documentRequests.errors.project"] }
          : { templateId: ["documentRequests.errors.template"] };
    return data(submission.reply({ fieldErrors }), { status: 400 });
  }
  return redirect(`/demandes/campagnes/${result.id}`);
}

/** Launch one template for many communes; each becomes an item a volunteer can take. */
export default function CampaignsPage() {
  const { campaigns, templates } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const t = useT();
  const [form, fields] = useServerForm<typeof CampaignSchema>(forms.documentRequestCampaign, { lastResult, defaultValue: { minPopulation: "10000" } });
  return (
    <>
      <p>
        <Link to="/admin/demandes">{t("admin.requests")}</Link>
      </p>
      <h1>{t("admin.requests.campaigns")}</h1>
      <ul>
        {campaigns.map((campaign) => (
          <li key={campaign.id}>
            <Link to={`/demandes/campagnes/${campaign.id}`}>{campaign.title}</Link> ({campaign.departmentCode},{" "}
            {t("admin.requests.items", { count: campaign._count.requests })})
          </li>
        ))}
      </ul>
      <h2>{t("admin.requests.launch")}</h2>
      <Form method="post" {...getFormProps(form)} className="stack">
        <ErrorSummary formErrors={form.errors} fields={[fields.title, fields.templateId, fields.departmentCode, fields.minPopulation, fields.projectLabel]} />
        <TextField field={fields.title} label={t("admin.requests.field.campaignTitle")} />
        <div className="field">
          <label htmlFor={fields.templateId.id}>{t("documentRequests.list.template")}</label>
          <select {...getSelectProps(fields.templateId)} key={fields.templateId.key}>
            <option value="">—</option>
            {templates.map((template) => (
              <option key={template.id} value={template.id}>
                {template.title}
              </option>
            ))}
          </select>
          <FieldErrors id={fields.templateId.errorId} errors={fields.templateId.errors} />
        </div>
        <TextField field={fields.departmentCode} label={t("reports.list.department")} />
        <TextField field={fields.minPopulation} label={t("admin.requests.field.minPopulation")} />
        <TextField field={fields.projectLabel} label={t("admin.requests.field.campaignProject")} />
        <button type="submit">{t("admin.requests.launchSubmit")}</button>
      </Form>
    </>
  );
}
