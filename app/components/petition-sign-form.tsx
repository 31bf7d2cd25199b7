import { getFormProps, getInputProps, type SubmissionResult } from "@conform-to/react";
import { Form } from "@remix-run/react";
import type { ReactNode } from "react";
import { SignPetitionSchema } from "~/schemas/petition-signature";
import { useServerForm } from "~/components/server-form";
import * as forms from "~/components/form-constraints";
import { useT } from "~/utils/i18n";
import { FormGuard } from "./form-guard";
import { ErrorSummary, FieldErrors, requiredLabel, RequiredNote, TextField } from "./forms";

export function PetitionSignForm({ lastResult, children }: { lastResult?: SubmissionResult<string[]> | null; children?: ReactNode }) {
  const t = useT();
  const [form, fields] = useServerForm<typeof SignPetitionSchema>(forms.petitionSign, { lastResult });
  const checkbox = (field: typeof fields.showName, label: string) => (
    <div className="field checkbox">
      <input {...getInputProps(field, { type: "checkbox" })} key={field.key} />
      <label htmlFor={field.id} {...requiredLabel(field.required)}>
        {label}
      </label>
      <FieldErrors id={field.errorId} errors={field.errors} />
    </div>
  );
  return (
    <Form method="post" {...getFormProps(form)} className="stack sign-form">
      <ErrorSummary
        formErrors={form.errors}
        fields={[
          fields.firstName,
          fields.lastName,
          fields.email,
          fields.postcode,
          fields.consentProcessing,
          fields.showName,
          fields.wantsNewsletter,
          fields.mayContact,
        ]}
      />
      <FormGuard />
      <RequiredNote />
      {children}
      <div className="field-row">
        <TextField field={fields.firstName} label={t("petition.sign.firstName")} autoComplete="given-name" />
        <TextField field={fields.lastName} label={t("petition.sign.lastName")} autoComplete="family-name" />
      </div>
      <TextField field={fields.email} label={t("petition.sign.email")} type="email" autoComplete="email" hint={t("petition.sign.emailHint")} />
      <TextField field={fields.postcode} label={t("petition.sign.postcode")} autoComplete="postal-code" hint={t("petition.sign.postcodeHint")} />
      {checkbox(fields.consentProcessing, t("petition.sign.consentProcessing"))}
      {checkbox(fields.showName, t("petition.sign.showName"))}
      {checkbox(fields.wantsNewsletter, t("petition.sign.newsletter"))}
      {checkbox(fields.mayContact, t("petition.sign.mayContact"))}
      <button type="submit">{t("petition.sign.submit")}</button>
      <p className="muted small">{t("petition.sign.privacy")}</p>
    </Form>
  );
}
