import { getFormProps, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { ConfirmStep } from "~/components/confirm-step";
import { ErrorSummary, FieldErrors, TextAreaField, TextField } from "~/components/forms";
import { KindSelect } from "~/modules/projects/components/report-form";
import { useServerForm } from "~/components/server-form";
import { constraints as projectFieldsConstraints } from "~/components/form-constraints/projectFields";
import { declineReport, getReportForModeration, mergeReport, publishReport, takeDownReport, updateReport } from "~/modules/projects/report.server";
import { ModerationSchema, ProjectFieldsSchema } from "~/modules/projects/report-schema";
import { requireOrganizer } from "~/models/auth.server";
import { requireRecord } from "~/modules/territorial/records.server";
import { useLang, useT } from "~/utils/i18n";
import { adminTitle } from "~/utils/meta";
import { isUuid } from "~/utils/uuid";
import { colon, prose } from "~/utils/typography";
import { isConfirmed } from "~/schemas/confirm";

/** This page's forms' HTML constraints (app/components/form-constraints/, generated). */
const forms = { projectFields: projectFieldsConstraints };

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  adminTitle(matches, data ? { text: data.report.title } : null, "admin.reports.one", data ? { text: data.report.commune.name } : null);

/** An irreversible moderation submitted without confirm=1: what the confirmation posts again. */
type Confirmation = { intent: "decline" | "takedown"; reason: string } | { intent: "merge"; intoId: string };

export async function loader({ request, params }: LoaderFunctionArgs) {
  const organizer = await requireOrganizer(request, { territorial: true });
  await requireRecord(organizer, "report", params.id, "report.view");
  const report = await getReportForModeration({ id: params.id ?? "" }).catch(() => null);
  if (!report) throw new Response("Not found", { status: 404 });
  return { report };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const organizer = await requireOrganizer(request, { territorial: true });
  const id = params.id ?? "";
  if (!isUuid(id)) throw new Response("Not found", { status: 404 });
  await requireRecord(organizer, "report", id, "report.moderate");
  const submission = parseWithZod(await request.formData(), { schema: ModerationSchema });
  if (submission.status !== "success")
    return data<{ result: SubmissionResult<string[]>; confirm?: Confirmation }>({ result: submission.reply() }, { status: 400 });
  const value = submission.value;
  if ((value.intent === "decline" || value.intent === "takedown") && !isConfirmed(value)) {
    return data<{ result: SubmissionResult<string[]>; confirm?: Confirmation }>({
      result: submission.reply(),
      confirm: { intent: value.intent, reason: value.reason },
    });
  }
  if (value.intent === "merge" && !isConfirmed(value)) {
    return data<{ result: SubmissionResult<string[]>; confirm?: Confirmation }>({
      result: submission.reply(),
      confirm: { intent: "merge", intoId: value.intoId },
    });
  }
  const moderation = { id, organizerId: organizer.id };
  const result =
    value.intent === "save"
      ? await updateReport({ ...moderation, fields: value })
      : value.intent === "publish"
        ? await publishReport({ ...moderation, fields: value })
        : value.intent === "decline"
          ? await declineReport({ ...moderation, reason: value.reason })
          : value.intent === "takedown"
            ? await takeDownReport({ ...moderation, reason: value.reason })
            : await mergeReport({ ...moderation, intoId: value.intoId });
  if (!result.ok)
    return data<{ result: SubmissionResult<string[]>; confirm?: Confirmation }>(
      { result: submission.reply({ formErrors: ["admin.reports.conflict"] }) },
      { status: 409 },
    );
  return redirect(value.intent === "save" ? `/admin/signalements/${id}` : "/admin/signalements");
}

/** Unpublishes a published report and its documents (a private person named by mistake...). */
function TakedownForm({ errors, confirm }: { errors?: string[]; confirm?: Confirmation }) {
  const t = useT();
  return (
    <>
      <h2>{t("admin.reports.takedown")}</h2>
      <p>{t("admin.reports.takedownHint")}</p>
      {confirm?.intent === "takedown" ? (
        <ConfirmStep
          id="confirm-takedown"
          heading={t("admin.confirm.heading")}
          consequence={t("admin.reports.confirmTakedown")}
          fields={{ intent: "takedown", reason: confirm.reason }}
          confirmLabel={t("admin.confirm.takedown.submit")}
        >
          <p>{t("admin.reports.confirmReason", { reason: confirm.reason })}</p>
        </ConfirmStep>
      ) : null}
      <Form method="post" className="stack" hidden={confirm?.intent === "takedown"}>
        <div className="field">
          <label htmlFor="takedown-reason">{t("admin.reports.takedownReason")}</label>
          <textarea id="takedown-reason" name="reason" rows={3} required maxLength={2000} />
          <FieldErrors id="takedown-reason-error" errors={errors} />
        </div>
        <button type="submit" name="intent" value="takedown" className="button-danger">
          {t("admin.reports.takedownSubmit")}
        </button>
      </Form>
    </>
  );
}

export default function ModerateReportPage() {
  const { report } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const lastResult = actionData?.result;
  const confirm = actionData?.confirm;
  const t = useT();
  const lang = useLang();
  const pending = report.status === "PENDING";
  // The edit form validates its project fields in the browser; the action reads every intent with ModerationSchema.
  const [form, fields] = useServerForm<typeof ProjectFieldsSchema>(forms.projectFields, {
    lastResult,
    defaultValue: {
      kind: report.kind,
      title: report.title,
      description: report.description,
      actors: report.actors,
      sources: report.sources.join("\n"),
      startedOn: report.startedOn ?? "",
    },
  });
  const mergeTarget = confirm?.intent === "merge" ? report.candidates.find((candidate) => candidate.id === confirm.intoId) : undefined;
  return (
    <>
      <p>
        <Link to="/admin/signalements">{t("admin.reports.back")}</Link>
      </p>
      <h1>{report.title}</h1>
      <p>
        {report.commune.name} ({report.commune.departmentCode}) · {t(`admin.reports.status.${report.status}`)}
        {report.creditName ? ` · ${t("reports.dossier.credit")} : ${report.creditName}` : ""}
      </p>
      {/* One summary for the page's forms: they share the action's reply (the reason is the decline's or the takedown's). */}
      <ErrorSummary
        formErrors={form.errors}
        fields={[
          fields.kind,
          fields.title,
          fields.description,
          fields.startedOn,
          fields.actors,
          fields.sources,
          { name: "reason", errors: lastResult?.error?.reason ?? undefined, id: pending ? "decline-reason" : "takedown-reason" },
        ]}
      />
      {report.documents.length > 0 ? (
        <>
          <h2>{t("reports.dossier.documents")}</h2>
          <ul>
            {report.documents.map((document) => (
              <li key={document.id}>
                <a href={`/documents/${document.id}`}>{document.fileName}</a> <span className="muted">({document.contentType})</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {pending ? (
        <>
          <h2>{t("admin.reports.edit")}</h2>
          <Form method="post" {...getFormProps(form)} className="stack">
            <KindSelect field={fields.kind} label={t("reports.form.kind")} />
            <TextField field={fields.title} label={t("reports.form.title")} />
            <TextAreaField field={fields.description} label={t("reports.form.description")} rows={8} />
            <TextField field={fields.startedOn} label={t("reports.form.startedOn")} />
            <TextAreaField field={fields.actors} label={t("reports.form.actors")} rows={3} />
            <TextAreaField field={fields.sources} label={t("reports.form.sources")} hint={t("reports.form.sourcesHint")} rows={4} />
            <div className="button-row">
              <button type="submit" name="intent" value="save" className="button-secondary">
                {t("admin.reports.save")}
              </button>
              <button type="submit" name="intent" value="publish">
                {t("admin.reports.publish")}
              </button>
            </div>
          </Form>

          <h2>{t("admin.reports.decline")}</h2>
          {confirm?.intent === "decline" ? (
            <ConfirmStep
              id="confirm-decline"
              heading={t("admin.confirm.heading")}
              consequence={t("admin.reports.confirmDecline")}
              fields={{ intent: "decline", reason: confirm.reason }}
              confirmLabel={t("admin.confirm.decline.submit")}
            >
              <p>{t("admin.reports.confirmReason", { reason: confirm.reason })}</p>
            </ConfirmStep>
          ) : null}
          <Form method="post" className="stack" hidden={confirm?.intent === "decline"}>
            <div className="field">
              <label htmlFor="decline-reason">{t("admin.reports.reason")}</label>
              <textarea id="decline-reason" name="reason" rows={3} required maxLength={2000} />
              <FieldErrors id="decline-reason-error" errors={lastResult?.error?.reason ?? undefined} />
            </div>
            <button type="submit" name="intent" value="decline" className="button-danger">
              {t("admin.reports.declineSubmit")}
            </button>
          </Form>

          <h2>{t("admin.reports.merge")}</h2>
          {report.candidates.length === 0 ? (
            <p>{t("admin.reports.noCandidates")}</p>
          ) : mergeTarget ? (
            <ConfirmStep
              id="confirm-merge"
              heading={t("admin.confirm.heading")}
              consequence={t("admin.reports.confirmMerge", { title: mergeTarget.title })}
              fields={{ intent: "merge", intoId: mergeTarget.id }}
              confirmLabel={t("admin.confirm.merge.submit")}
            />
          ) : (
            <Form method="post" className="stack">
              <div className="field">
                <label htmlFor="merge-into">{t("admin.reports.mergeInto")}</label>
                <select id="merge-into" name="intoId" required>
                  {report.candidates.map((candidate) => (
                    <option key={candidate.id} value={candidate.id}>
                      {candidate.title} ({t(`reports.kind.${candidate.kind}`)})
                    </option>
                  ))}
                </select>
              </div>
              <button type="submit" name="intent" value="merge" className="button-danger">
                {t("admin.reports.mergeSubmit")}
              </button>
            </Form>
          )}
        </>
      ) : (
        <>
          <p className="project-description">{report.description}</p>
          {report.declineReason ? (
            <p>
              {t("admin.reports.reason")}
              {colon(lang)} {prose(report.declineReason)}
            </p>
          ) : null}
          {report.takedownReason ? (
            <p>
              {t("admin.reports.takedownReason")}
              {colon(lang)} {prose(report.takedownReason)}
            </p>
          ) : null}
          {report.status === "PUBLISHED" ? <TakedownForm errors={lastResult?.error?.reason ?? undefined} confirm={confirm} /> : null}
        </>
      )}
    </>
  );
}
