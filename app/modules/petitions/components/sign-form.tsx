import { getCollectionProps, getFormProps, getInputProps, getSelectProps, type SubmissionResult } from "@conform-to/react";
import { Form } from "@remix-run/react";
import type { ReactNode } from "react";
import { RESIDENCES } from "../choices";
import type { SignPetitionSchema } from "../sign-schema";
import { useServerForm } from "~/components/server-form";
import { constraints as petitionSignConstraints } from "~/components/form-constraints/petitionSign";
import { useT } from "~/utils/i18n";
import { FormGuard } from "~/components/form-guard";
import { ErrorSummary, FieldErrors, requiredLabel, RequiredNote, TextField } from "~/components/forms";

/** This page's forms' HTML constraints (app/components/form-constraints/, generated). */
const forms = { petitionSign: petitionSignConstraints };

export function PetitionSignForm({
  lastResult,
  countries,
  children,
}: {
  lastResult?: SubmissionResult<string[]> | null;
  /** Countries a supporter from abroad may choose, named in the reader's language (app/modules/petitions/countries.ts). */
  countries: { code: string; name: string }[];
  children?: ReactNode;
}) {
  const t = useT();
  const [form, fields] = useServerForm<typeof SignPetitionSchema>(forms.petitionSign, { lastResult, defaultValue: { residence: "france" } });
  const countryHint = `${fields.country.id}-hint`;
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
          fields.residence,
          fields.postcode,
          fields.country,
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
      {/* Issue 28: in France, a postcode; abroad, a country. Both fields are in the page; with a
          browser that knows :has(), the stylesheet shows only the chosen one, JavaScript or not.
          The server reads the one the radio button names. */}
      <fieldset className="field residence" aria-describedby={fields.residence.errors?.length ? fields.residence.errorId : undefined}>
        <legend>{t("petition.sign.residence")}</legend>
        {getCollectionProps(fields.residence, { type: "radio", options: [...RESIDENCES] }).map((props) => (
          <div key={props.id} className="field checkbox">
            <input {...props} key={props.key} />
            <label htmlFor={props.id}>{t(`petition.sign.residence.${props.value === "abroad" ? "abroad" : "france"}`)}</label>
          </div>
        ))}
        <FieldErrors id={fields.residence.errorId} errors={fields.residence.errors} />
      </fieldset>
      <div className="residence-france">
        <TextField field={fields.postcode} label={t("petition.sign.postcode")} autoComplete="postal-code" hint={t("petition.sign.postcodeHint")} />
      </div>
      <div className="field residence-abroad">
        <label htmlFor={fields.country.id}>{t("petition.sign.country")}</label>
        <p id={countryHint} className="hint">
          {t("petition.sign.countryHint")}
        </p>
        <select
          {...getSelectProps(fields.country)}
          key={fields.country.key}
          autoComplete="country"
          aria-describedby={[countryHint, fields.country.errors?.length ? fields.country.errorId : null].filter(Boolean).join(" ")}
        >
          <option value="">{t("petition.sign.countryChoose")}</option>
          {countries.map((country) => (
            <option key={country.code} value={country.code}>
              {country.name}
            </option>
          ))}
        </select>
        <FieldErrors id={fields.country.errorId} errors={fields.country.errors} />
      </div>
      {checkbox(fields.consentProcessing, t("petition.sign.consentProcessing"))}
      {checkbox(fields.showName, t("petition.sign.showName"))}
      {checkbox(fields.wantsNewsletter, t("petition.sign.newsletter"))}
      {checkbox(fields.mayContact, t("petition.sign.mayContact"))}
      <button type="submit">{t("petition.sign.submit")}</button>
      <p className="muted small">{t("petition.sign.privacy")}</p>
    </Form>
  );
}
