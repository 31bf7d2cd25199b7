import { getFormProps, getInputProps, getSelectProps, type SubmissionResult } from "@conform-to/react";
import { Form } from "@remix-run/react";
import { ChoiceGroup, ErrorSummary, FieldErrors, TextAreaField, TextField } from "~/components/forms";
import { constraints as mandateCampaignConstraints } from "~/components/form-constraints/mandateCampaign";
import { useServerForm } from "~/components/server-form";
import { useT } from "~/utils/i18n";
import type { CampaignDefaults, CampaignSchema } from "../schema";

/** This page's forms' HTML constraints (app/components/form-constraints/, generated). */
const forms = { mandateCampaign: mandateCampaignConstraints };

/** The legal organizers' campaign form (creation and edition), texts included. */
export function CampaignForm({
  lastResult,
  defaultValue,
  legalActions,
  submitLabel,
}: {
  lastResult?: SubmissionResult<string[]> | null;
  defaultValue?: CampaignDefaults;
  legalActions: { id: string; title: string }[];
  submitLabel: string;
}) {
  const t = useT();
  const [form, fields] = useServerForm<typeof CampaignSchema>(forms.mandateCampaign, { lastResult, defaultValue });
  const opensAt = getInputProps(fields.opensAt, { type: "datetime-local" });
  const fileBy = getInputProps(fields.fileBy, { type: "datetime-local" });
  const goal = getInputProps(fields.goal, { type: "number" });
  return (
    <Form method="post" {...getFormProps(form)} className="stack">
      <ErrorSummary
        formErrors={form.errors}
        fields={[
          fields.legalActionId,
          fields.title,
          fields.slug,
          fields.controller,
          fields.authority,
          fields.scope,
          fields.dataUse,
          { name: fields.eligibility.name, errors: fields.eligibility.errors, id: `${fields.eligibility.id}-FRANCE` },
          fields.communes,
          fields.goal,
          fields.opensAt,
          fields.fileBy,
          fields.textFr,
          fields.textEn,
        ]}
      />
      <input type="hidden" name="intent" value="save" />
      <div className="field">
        <label htmlFor={fields.legalActionId.id}>{t("admin.mandates.legalAction")}</label>
        <select {...getSelectProps(fields.legalActionId)} key={fields.legalActionId.key}>
          <option value="">—</option>
          {legalActions.map((action) => (
            <option key={action.id} value={action.id}>
              {action.title}
            </option>
          ))}
        </select>
        <FieldErrors id={fields.legalActionId.errorId} errors={fields.legalActionId.errors} />
      </div>
      <TextField field={fields.title} label={t("admin.mandates.fieldTitle")} />
      <TextField field={fields.slug} label={t("admin.mandates.slug")} hint={t("admin.mandates.slugHint")} />
      <TextField field={fields.controller} label={t("mandates.page.controller")} />
      <TextField field={fields.authority} label={t("mandates.page.authority")} />
      <TextAreaField field={fields.scope} label={t("admin.mandates.scope")} rows={4} />
      <TextAreaField field={fields.dataUse} label={t("mandates.page.dataUse")} rows={4} />
      <ChoiceGroup
        field={fields.eligibility}
        type="radio"
        options={["FRANCE", "COMMUNES"] as const}
        legend={t("mandates.page.eligibility")}
        label={(value) => t(value === "FRANCE" ? "mandates.page.eligibleFrance" : "admin.mandates.eligibleCommunes")}
      />
      <TextField field={fields.communes} label={t("admin.legal.communes")} hint={t("admin.legal.communesHint")} />
      <div className="field checkbox">
        <input {...getInputProps(fields.requiresPostalAddress, { type: "checkbox" })} key={fields.requiresPostalAddress.key} />
        <label htmlFor={fields.requiresPostalAddress.id}>{t("admin.mandates.requiresPostalAddress")}</label>
      </div>
      <div className="field">
        <label htmlFor={fields.goal.id}>{t("admin.mandates.goal")}</label>
        <input {...goal} key={goal.key} />
        <FieldErrors id={fields.goal.errorId} errors={fields.goal.errors} />
      </div>
      <div className="field">
        <label htmlFor={fields.opensAt.id}>{t("admin.mandates.opensAt")}</label>
        <input {...opensAt} key={opensAt.key} />
        <FieldErrors id={fields.opensAt.errorId} errors={fields.opensAt.errors} />
      </div>
      <div className="field">
        <label htmlFor={fields.fileBy.id}>{t("admin.mandates.fileBy")}</label>
        <input {...fileBy} key={fileBy.key} />
        <FieldErrors id={fields.fileBy.errorId} errors={fields.fileBy.errors} />
      </div>
      <TextAreaField field={fields.textFr} label={t("admin.mandates.textFr")} hint={t("admin.mandates.textHint")} rows={10} />
      <TextAreaField field={fields.textEn} label={t("admin.mandates.textEn")} rows={10} />
      <button type="submit">{submitLabel}</button>
    </Form>
  );
}
