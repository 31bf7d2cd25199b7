import { getFormProps, getInputProps, getSelectProps, type SubmissionResult } from "@conform-to/react";
import { Form } from "@remix-run/react";
import { ErrorSummary, FieldErrors, TextAreaField, TextField } from "~/components/forms";
import { GRACE_PERIOD_HOURS } from "../closing";
import type { OpenPetitionSchema } from "../admin-schema";
import { useServerForm } from "~/components/server-form";
import { constraints as petitionEditConstraints } from "~/components/form-constraints/petitionEdit";
import { constraints as petitionOpenConstraints } from "~/components/form-constraints/petitionOpen";
import { useT } from "~/utils/i18n";

/** This page's forms' HTML constraints (app/components/form-constraints/, generated). */
const forms = { petitionEdit: petitionEditConstraints, petitionOpen: petitionOpenConstraints };

type Values = {
  title?: string;
  body?: string;
  goal?: number;
  mayorTitle?: string | null;
  mayorName?: string | null;
  inseeCode?: string;
  /** ISO date-time (UTC), or null for none. */
  closesAt?: string | null;
};

/** Opening (with the commune's INSEE code) or editing a petition: one form, two schemas. */
export function PetitionAdminForm({
  lastResult,
  defaultValue,
  submitLabel,
  opening,
}: {
  lastResult: SubmissionResult<string[]> | undefined;
  defaultValue: Values;
  submitLabel: string;
  opening: boolean;
}) {
  const t = useT();
  const [form, fields] = useServerForm<typeof OpenPetitionSchema>(opening ? forms.petitionOpen : forms.petitionEdit, {
    id: opening ? "open-petition" : "edit-petition",
    lastResult,
    defaultValue: {
      ...defaultValue,
      goal: defaultValue.goal?.toString(),
      mayorTitle: defaultValue.mayorTitle ?? undefined,
      mayorName: defaultValue.mayorName ?? undefined,
      // The datetime-local field reads and writes UTC minutes (the label says so).
      closesAt: defaultValue.closesAt ? defaultValue.closesAt.slice(0, 16) : undefined,
    },
  });
  const described = (field: { errors?: string[]; errorId: string }) => (field.errors?.length ? field.errorId : undefined);
  return (
    <Form method="post" {...getFormProps(form)} className="stack">
      <ErrorSummary formErrors={form.errors} fields={[fields.title, fields.body, fields.goal, fields.mayorTitle, fields.mayorName, fields.closesAt]} />
      <input type="hidden" name="intent" value="save" />
      {opening ? <input type="hidden" name="inseeCode" value={defaultValue.inseeCode} /> : null}
      <TextField field={fields.title} label={t("admin.petitions.title")} />
      <TextAreaField field={fields.body} label={t("admin.petitions.body")} hint={t("admin.petitions.bodyHint")} rows={10} />
      <div className="field">
        <label htmlFor={fields.goal.id}>{t("admin.petitions.goal")}</label>
        <input {...getInputProps(fields.goal, { type: "number" })} key={fields.goal.key} aria-describedby={described(fields.goal)} />
        <FieldErrors id={fields.goal.errorId} errors={fields.goal.errors} />
      </div>
      <div className="field-row">
        <div className="field">
          <label htmlFor={fields.mayorTitle.id}>{t("admin.petitions.mayorTitle")}</label>
          <select {...getSelectProps(fields.mayorTitle)} key={fields.mayorTitle.key} aria-describedby={described(fields.mayorTitle)}>
            <option value="">{t("admin.petitions.choose")}</option>
            <option value="MADAME_LA_MAIRE">{t("petition.mayor.MADAME_LA_MAIRE")}</option>
            <option value="MONSIEUR_LE_MAIRE">{t("petition.mayor.MONSIEUR_LE_MAIRE")}</option>
          </select>
          <FieldErrors id={fields.mayorTitle.errorId} errors={fields.mayorTitle.errors} />
        </div>
        <TextField field={fields.mayorName} label={t("admin.petitions.mayorName")} />
      </div>
      <div className="field">
        <label htmlFor={fields.closesAt.id}>{t("admin.petitions.closesAt")}</label>
        <p className="hint" id={`${fields.closesAt.id}-hint`}>
          {t("admin.petitions.closesAtHint", { hours: GRACE_PERIOD_HOURS })}
        </p>
        <input
          {...getInputProps(fields.closesAt, { type: "datetime-local" })}
          key={fields.closesAt.key}
          aria-describedby={[`${fields.closesAt.id}-hint`, described(fields.closesAt)].filter(Boolean).join(" ")}
        />
        <FieldErrors id={fields.closesAt.errorId} errors={fields.closesAt.errors} />
      </div>
      <button type="submit">{submitLabel}</button>
    </Form>
  );
}
