import { getFormProps, getInputProps, getSelectProps, getTextareaProps, useForm, type SubmissionResult } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import { Form } from "@remix-run/react";
import { FieldErrors, TextField } from "~/components/forms";
import type { MessageKey } from "~/locales/fr";
import { LEGAL_ACTION_STATUSES, LegalActionSchema, type LegalActionInput } from "~/schemas/legal-action";
import { useT } from "~/utils/i18n";

/** The organizers' form for a legal action (creation and edition). */
export function LegalActionForm({
  lastResult,
  defaultValue,
  submitLabel,
}: {
  lastResult?: SubmissionResult<string[]> | null;
  defaultValue?: Partial<Record<keyof LegalActionInput, string>>;
  submitLabel: string;
}) {
  const t = useT();
  const [form, fields] = useForm({
    lastResult,
    defaultValue,
    constraint: getZodConstraint(LegalActionSchema),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: LegalActionSchema }),
  });
  const area = (name: "summary" | "documents", label: string, hint?: string) => {
    const field = fields[name];
    const props = getTextareaProps(field);
    return (
      <div className="field">
        <label htmlFor={field.id}>{label}</label>
        {hint ? (
          <p id={`${field.id}-hint`} className="hint">
            {hint}
          </p>
        ) : null}
        <textarea
          {...props}
          key={props.key}
          rows={name === "summary" ? 6 : 3}
          aria-describedby={[hint ? `${field.id}-hint` : null, field.errors?.length ? field.errorId : null].filter(Boolean).join(" ") || undefined}
        />
        <FieldErrors id={field.errorId} errors={field.errors} />
      </div>
    );
  };
  const filedOn = getInputProps(fields.filedOn, { type: "date" });
  return (
    <Form method="post" {...getFormProps(form)} className="stack">
      <input type="hidden" name="intent" value="save" />
      <TextField field={fields.title} label={t("admin.legal.fieldTitle")} />
      <TextField field={fields.communes} label={t("admin.legal.communes")} hint={t("admin.legal.communesHint")} />
      <TextField field={fields.project} label={t("admin.legal.project")} />
      <TextField field={fields.reportUrl} label={t("admin.legal.reportUrl")} />
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
              {t(`legal.status.${status}` as MessageKey)}
            </option>
          ))}
        </select>
        <FieldErrors id={fields.status.errorId} errors={fields.status.errors} />
      </div>
      {area("summary", t("admin.legal.summary"))}
      {area("documents", t("admin.legal.documents"), t("admin.legal.documentsHint"))}
      <FieldErrors id={form.errorId} errors={form.errors} />
      <button type="submit">{submitLabel}</button>
    </Form>
  );
}
