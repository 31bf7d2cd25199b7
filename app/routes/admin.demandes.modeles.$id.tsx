import { getFormProps, getInputProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { ErrorSummary, TextAreaField, TextField } from "~/components/forms";
import { useServerForm } from "~/components/server-form";
import { constraints as documentRequestTemplateConstraints } from "~/components/form-constraints/documentRequestTemplate";
import { getTemplate, saveTemplate } from "~/modules/document-requests/admin.server";
import { PLACEHOLDERS } from "~/modules/document-requests/letter";
import { TemplateSchema } from "~/modules/document-requests/schema";
import { requireOrganizer } from "~/models/auth.server";
import { useT } from "~/utils/i18n";
import { adminTitle } from "~/utils/meta";

/** This page's forms' HTML constraints (app/components/form-constraints/, generated). */
const forms = { documentRequestTemplate: documentRequestTemplateConstraints };

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  adminTitle(matches, data?.template ? { text: data.template.title } : "admin.requests.newTemplate", "admin.requests.templates");

const isNew = (id: string | undefined) => id === "nouveau";

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireOrganizer(request);
  if (isNew(params.id)) return { template: null };
  const template = await getTemplate({ id: params.id ?? "" });
  if (!template) throw new Response("Not found", { status: 404 });
  return { template: { ...template, documents: template.documents.join("\n") } };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const organizer = await requireOrganizer(request);
  const id = isNew(params.id) ? null : (params.id ?? "");
  if (id && !(await getTemplate({ id }))) throw new Response("Not found", { status: 404 });
  const submission = parseWithZod(await request.formData(), { schema: TemplateSchema });
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  const result = await saveTemplate({ id, input: submission.value, organizerId: organizer.id });
  if (!result.ok) return data(submission.reply({ fieldErrors: { slug: ["documentRequests.errors.slugTaken"] } }), { status: 400 });
  return redirect("/admin/demandes/modeles");
}

/** An organizer writes or edits a template: French text with placeholders, and the documents to ask for. */
export default function TemplatePage() {
  const { template } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const t = useT();
  const [form, fields] = useServerForm<typeof TemplateSchema>(forms.documentRequestTemplate, {
    lastResult,
    defaultValue: template
      ? {
          title: template.title,
          slug: template.slug,
          subject: template.subject,
          body: template.body,
          documents: template.documents,
          needsProject: template.needsProject ? "on" : undefined,
          active: template.active ? "on" : undefined,
        }
      : { active: "on" },
  });
  return (
    <>
      <p>
        <Link to="/admin/demandes/modeles">{t("admin.requests.templates")}</Link>
      </p>
      <h1>{template ? template.title : t("admin.requests.newTemplate")}</h1>
      <Form method="post" {...getFormProps(form)} className="stack">
        <ErrorSummary formErrors={form.errors} fields={[fields.title, fields.slug, fields.subject, fields.body, fields.documents]} />
        <TextField field={fields.title} label={t("admin.requests.field.title")} />
        <TextField field={fields.slug} label={t("admin.requests.field.slug")} hint={t("admin.requests.field.slugHint")} />
        <TextField field={fields.subject} label={t("admin.requests.field.subject")} />
        <TextAreaField
          field={fields.body}
          label={t("admin.requests.field.body")}
          hint={t("admin.requests.field.bodyHint", { list: PLACEHOLDERS.map((name) => `{${name}}`).join(" ") })}
          rows={18}
        />
        <TextAreaField field={fields.documents} label={t("admin.requests.field.documents")} hint={t("documentRequests.form.extraHint")} rows={8} />
        <div className="field checkbox">
          <input {...getInputProps(fields.needsProject, { type: "checkbox" })} key={fields.needsProject.key} />
          <label htmlFor={fields.needsProject.id}>{t("admin.requests.field.needsProject")}</label>
        </div>
        <div className="field checkbox">
          <input {...getInputProps(fields.active, { type: "checkbox" })} key={fields.active.key} />
          <label htmlFor={fields.active.id}>{t("admin.requests.field.active")}</label>
        </div>
        <button type="submit">{t("admin.requests.save")}</button>
      </Form>
    </>
  );
}
