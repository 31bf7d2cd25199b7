import { getFormProps, getInputProps, getTextareaProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { ErrorSummary, FieldErrors } from "~/components/forms";
import { useServerForm } from "~/components/server-form";
import { constraints as legalActionUpdateConstraints } from "~/components/form-constraints/legalActionUpdate";
import { LegalActionForm } from "~/modules/legal-actions/components/form";
import {
  addLegalActionUpdate,
  editLegalAction,
  getLegalActionForAdmin,
  publishLegalAction,
  resolveReferences,
} from "~/modules/legal-actions/legal-action.server";
import { projectChoices } from "~/modules/projects/project.server";
import { LegalActionSchema, LegalActionUpdateSchema } from "~/modules/legal-actions/schema";
import { requireOrganizer } from "~/models/auth.server";
import { HearingFields, HearingSummary } from "~/modules/calendar/components/hearing-fields";
import { useT } from "~/utils/i18n";
import { adminTitle } from "~/utils/meta";
import { isUuid } from "~/utils/uuid";
import { useDay } from "~/utils/dates";

/** This page's forms' HTML constraints (app/components/form-constraints/, generated). */
const forms = { legalActionUpdate: legalActionUpdateConstraints };

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  adminTitle(matches, data?.action ? { text: data.action.title } : null, "admin.legal.one");

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireOrganizer(request);
  if (!isUuid(params.id ?? "")) throw new Response("Not found", { status: 404 });
  const [action, projects] = await Promise.all([getLegalActionForAdmin({ id: params.id! }), projectChoices()]);
  if (!action) throw new Response("Not found", { status: 404 });
  return { action, projects };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const organizer = await requireOrganizer(request);
  const id = params.id ?? "";
  if (!isUuid(id)) throw new Response("Not found", { status: 404 });
  const formData = await request.formData();
  const intent = formData.get("intent");
  if (intent === "publish") {
    await publishLegalAction({ id, organizerId: organizer.id });
    return redirect(`/admin/recours/${id}`);
  }
  if (intent === "update") {
    const submission = parseWithZod(formData, { schema: LegalActionUpdateSchema });
    if (submission.status !== "success") return data({ form: "update" as const, result: submission.reply() }, { status: 400 });
    await addLegalActionUpdate({ legalActionId: id, ...submission.value, organizerId: organizer.id });
    return redirect(`/admin/recours/${id}`);
  }
  const submission = parseWithZod(formData, { schema: LegalActionSchema });
  if (submission.status !== "success") return data({ form: "save" as const, result: submission.reply() }, { status: 400 });
  const { inseeCodes, fieldErrors } = await resolveReferences(submission.value);
  if (Object.keys(fieldErrors).length) return data({ form: "save" as const, result: submission.reply({ fieldErrors }) }, { status: 400 });
  await editLegalAction({ id, input: submission.value, inseeCodes, organizerId: organizer.id });
  return redirect(`/admin/recours/${id}`);
}

export default function EditLegalActionPage() {
  const { action: legal, projects } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useT();
  const date = useDay();
  const [updateForm, updateFields] = useServerForm<typeof LegalActionUpdateSchema>(forms.legalActionUpdate, {
    id: "legal-update",
    lastResult: actionData?.form === "update" ? actionData.result : null,
  });
  const happenedOn = getInputProps(updateFields.happenedOn, { type: "date" });
  const text = getTextareaProps(updateFields.text);
  return (
    <>
      <h1>{legal.title}</h1>
      <p>
        {legal.publishedAt ? (
          <>
            {t("admin.legal.published", { date: date(legal.publishedAt) })} · <Link to={`/recours/${legal.id}`}>{t("admin.legal.view")}</Link>
          </>
        ) : (
          t("admin.legal.draft")
        )}
      </p>
      {legal.publishedAt ? null : (
        <Form method="post">
          <input type="hidden" name="intent" value="publish" />
          <button type="submit">{t("admin.legal.publish")}</button>
        </Form>
      )}

      <h2>{t("admin.legal.updates")}</h2>
      {legal.updates.length ? (
        <ul>
          {legal.updates.map((update) => (
            <li key={update.id}>
              <time dateTime={new Date(update.happenedOn).toISOString().slice(0, 10)}>{date(update.happenedOn)}</time> — {update.text}
              {update.hearingAt ? <HearingSummary at={update.hearingAt} place={update.hearingPlace} /> : null}
            </li>
          ))}
        </ul>
      ) : null}
      <h3>{t("admin.legal.addUpdate")}</h3>
      <Form method="post" {...getFormProps(updateForm)} className="stack">
        <ErrorSummary formErrors={updateForm.errors} fields={[updateFields.happenedOn, updateFields.text, updateFields.hearingAt, updateFields.hearingPlace]} />
        <input type="hidden" name="intent" value="update" />
        <div className="field">
          <label htmlFor={updateFields.happenedOn.id}>{t("admin.legal.updateDate")}</label>
          <input {...happenedOn} key={happenedOn.key} />
          <FieldErrors id={updateFields.happenedOn.errorId} errors={updateFields.happenedOn.errors} />
        </div>
        <div className="field">
          <label htmlFor={updateFields.text.id}>{t("admin.legal.updateText")}</label>
          <textarea {...text} key={text.key} rows={3} />
          <FieldErrors id={updateFields.text.errorId} errors={updateFields.text.errors} />
        </div>
        <HearingFields at={updateFields.hearingAt} place={updateFields.hearingPlace} />
        <button type="submit">{t("admin.legal.updateSubmit")}</button>
      </Form>

      <h2>{t("admin.legal.edit")}</h2>
      <LegalActionForm
        lastResult={actionData?.form === "save" ? actionData.result : null}
        submitLabel={t("admin.legal.save")}
        projects={projects}
        defaultValue={{
          title: legal.title,
          communes: legal.communeSlugs.join(", "),
          project: legal.project,
          reportId: legal.reportId ?? "",
          court: legal.court,
          filedOn: new Date(legal.filedOn).toISOString().slice(0, 10),
          status: legal.status,
          summary: legal.summary,
          documents: legal.documents.map((d) => `${d.label} | ${d.url}`).join("\n"),
        }}
      />
    </>
  );
}
