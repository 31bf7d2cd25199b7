import { getFormProps, getInputProps, type SubmissionResult } from "@conform-to/react";
import { Form } from "@remix-run/react";
import { CommuneField } from "~/components/commune-search";
import { FormGuard } from "~/components/form-guard";
import { ChoiceGroup, ErrorSummary, FieldErrors, requiredLabel, RequiredNote, TextAreaField, TextField } from "~/components/forms";
import { constraints as mandateConstraints } from "~/components/form-constraints/mandate";
import { constraints as mandateWithAddressConstraints } from "~/components/form-constraints/mandateWithAddress";
import { useServerForm } from "~/components/server-form";
import type { CommuneSummary } from "~/models/commune-index.server";
import { useT } from "~/utils/i18n";
import { COMMUNE_LINKS } from "../choices";
import type { MandateWithAddressSchema } from "../schema";

/** This page's forms' HTML constraints (app/components/form-constraints/, generated). */
const forms = { mandate: mandateConstraints, mandateWithAddress: mandateWithAddressConstraints };

/** The public mandate form: the identity the authority needs, the commune, the two consents. */
export function MandateForm({
  lastResult,
  choices,
  requiresPostalAddress,
  communes,
}: {
  lastResult?: SubmissionResult<string[]> | null;
  choices?: CommuneSummary[];
  requiresPostalAddress: boolean;
  /** With eligibility COMMUNES: the communes whose residents or workers may give a mandate. */
  communes: string[];
}) {
  const t = useT();
  const [form, fields] = useServerForm<typeof MandateWithAddressSchema>(requiresPostalAddress ? forms.mandateWithAddress : forms.mandate, { lastResult });
  const initial = (lastResult?.initialValue ?? {}) as Record<string, unknown>;
  return (
    <Form method="post" {...getFormProps(form)} className="stack" data-testid="mandate-form">
      <ErrorSummary
        formErrors={form.errors}
        fields={[
          fields.firstName,
          fields.lastName,
          fields.email,
          fields.commune,
          { name: fields.communeLink.name, errors: fields.communeLink.errors, id: `${fields.communeLink.id}-${COMMUNE_LINKS[0]}` },
          ...(requiresPostalAddress ? [fields.postalAddress] : []),
          fields.consentMandate,
          fields.consentSensitive,
        ]}
      />
      <FormGuard />
      <RequiredNote />
      <TextField field={fields.firstName} label={t("mandates.form.firstName")} autoComplete="given-name" />
      <TextField field={fields.lastName} label={t("mandates.form.lastName")} autoComplete="family-name" hint={t("mandates.form.nameHint")} />
      <TextField field={fields.email} label={t("reports.form.email")} type="email" autoComplete="email" hint={t("mandates.form.emailHint")} />
      <CommuneField
        key={`${typeof initial.commune === "string" ? initial.commune : ""}-${choices?.length ?? 0}`}
        id={fields.commune.id}
        name={fields.commune.name}
        codeName={fields.inseeCode.name}
        label={t("mandates.form.commune")}
        hint={communes.length ? t("mandates.form.communeHintList", { communes: communes.join(", ") }) : t("mandates.form.communeHint")}
        defaultValue={typeof initial.commune === "string" ? initial.commune : ""}
        defaultCode=""
        errorId={fields.commune.errorId}
        errors={fields.commune.errors}
        choices={choices}
      />
      <ChoiceGroup
        field={fields.communeLink}
        type="radio"
        options={COMMUNE_LINKS}
        legend={t("mandates.form.communeLink")}
        label={(value) => t(value === "work" ? "mandates.link.work" : "mandates.link.residence")}
        required
      />
      {requiresPostalAddress ? (
        <TextAreaField field={fields.postalAddress} label={t("mandates.form.postalAddress")} hint={t("mandates.form.postalAddressHint")} rows={3} />
      ) : null}
      <div className="field checkbox">
        <input {...getInputProps(fields.consentMandate, { type: "checkbox" })} key={fields.consentMandate.key} />
        <label htmlFor={fields.consentMandate.id} {...requiredLabel(true)}>
          {t("mandates.form.consentMandate")}
        </label>
        <FieldErrors id={fields.consentMandate.errorId} errors={fields.consentMandate.errors} />
      </div>
      <div className="field checkbox">
        <input {...getInputProps(fields.consentSensitive, { type: "checkbox" })} key={fields.consentSensitive.key} />
        <label htmlFor={fields.consentSensitive.id} {...requiredLabel(true)}>
          {t("mandates.form.consentSensitive")}
        </label>
        <FieldErrors id={fields.consentSensitive.errorId} errors={fields.consentSensitive.errors} />
      </div>
      <button type="submit">{t("mandates.form.submit")}</button>
      <p className="muted small">{t("mandates.form.privacy")}</p>
    </Form>
  );
}
