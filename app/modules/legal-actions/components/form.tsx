import { getFormProps, getInputProps, getSelectProps, type SubmissionResult } from "@conform-to/react";
import { Form } from "@remix-run/react";
import { ErrorSummary, FieldErrors, TextAreaField, TextField } from "~/components/forms";
import { LegalActionSchema, type LegalActionInput } from "~/modules/legal-actions/schema";
import { LEGAL_ACTION_STATUSES } from "../choices";
import { useServerForm } from "~/components/server-form";
import { constraints as legalActionConstraints } from "~/components/form-constraints/legalAction";
import { useT } from "~/utils/i18n";

/** This page's forms' HTML constraints (app/components/form-constraints/, generated). */
const forms = { legalAction: legalActionConstraints };

/** The organizers' form for a legal action (creation and edition). */
/** Published projects by commune, as the project picker lists them. */
export type ProjectChoices = { commune: string; projects: { id: string; title: string }[] }[];

export function LegalActionForm({
  lastResult,
  defaultValue,
  submitLabel,
  projects,
}: {
  lastResult?: SubmissionResult<string[]> | null;
  defaultValue?: Partial<Record<keyof LegalActionInput, string>>;
  submitLabel: string;
  projects: ProjectChoices;
}) {
  const t = useT();
  const [form, fields] = useServerForm<typeof LegalActionSchema>(forms.legalAction, { lastResult, defaultValue });
  const filedOn = getInputProps(fields.filedOn, { type: "date" });
  return (
    <Form method="post" {...getFormProps(form)} className="stack">
      <ErrorSummary
        formErrors={form.errors}
        fields={[fields.title, fields.communes, fields.project, fields.reportId, fields.court, fields.filedOn, fields.status, fields.summary, fields.documents]}
      />
      <input type="hidden" name="intent" value="save" />
      <TextField field={fields.title} label={t("admin.legal.fieldTitle")} />
      <TextField field={fields.communes} label={t("admin.legal.communes")} hint={t("admin.legal.communesHint")} />
      <TextField field={fields.project} label={t("admin.legal.project")} />
      <div className="field">
        <label htmlFor={fields.reportId.id}>{t("admin.legal.report")}</label>
        <p id={`${fields.reportId.id}-hint`} className="hint">
          {t("admin.legal.reportHint")}
        </p>
        <select {...getSelectProps(fields.reportId)} key={fields.reportId.key} aria-describedby={`${fields.reportId.id}-hint ${fields.reportId.errorId}`}>
          <option value="">{t("admin.legal.reportNone")}</option>
          {projects.map((group) => (
            <optgroup key={group.commune} label={group.commune}>
              {group.projects.map((project) => (
                <option key={project.id} value={project.id}>
                  {project.title}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
        <FieldErrors id={fields.reportId.errorId} errors={fields.reportId.errors} />
      </div>
      <TextField field={fields.court} label={t("admin.legal.court")} />
      <div className="field">
        <label htmlFor={fields.filedOn.id}>{t("admin.legal.filedOn")}</label>
        <input {...filedOn} key={filedOn.key} />
        <FieldErrors id={fields.filedOn.errorId} errors={fields.filedOn.errors} />
      </div>
      <div className="field">
        <label htmlFor={fields.status.id}>{t("admin.legal.status")}</label>
        <select {...getSelectProps(fields.status)} key={fields.status.key}>
          {LEGAL_ACTION_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`legalActions.status.${status}`)}
            </option>
          ))}
        </select>
        <FieldErrors id={fields.status.errorId} errors={fields.status.errors} />
      </div>
      <TextAreaField field={fields.summary} label={t("admin.legal.summary")} rows={6} />
      <TextAreaField field={fields.documents} label={t("admin.legal.documents")} hint={t("admin.legal.documentsHint")} rows={3} />
      <button type="submit">{submitLabel}</button>
    </Form>
  );
}
