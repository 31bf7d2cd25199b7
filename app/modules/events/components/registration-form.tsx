import { getFormProps, getInputProps, type SubmissionResult } from "@conform-to/react";
import { Form } from "@remix-run/react";
import { FormGuard } from "~/components/form-guard";
import { ErrorSummary, FieldErrors, requiredLabel, RequiredNote, TextField } from "~/components/forms";
import { constraints as eventRegistrationConstraints } from "~/components/form-constraints/eventRegistration";
import { useServerForm } from "~/components/server-form";
import { useT } from "~/utils/i18n";
import type { RegistrationSchema } from "../schema";

/** This page's forms' HTML constraints (app/components/form-constraints/, generated). */
const forms = { eventRegistration: eventRegistrationConstraints };

/** The public registration form: a name, an address, the choice to show the name, the consent. */
export function RegistrationForm({ lastResult, identityDays }: { lastResult?: SubmissionResult<string[]> | null; identityDays: number }) {
  const t = useT();
  const [form, fields] = useServerForm<typeof RegistrationSchema>(forms.eventRegistration, { lastResult });
  return (
    <Form method="post" {...getFormProps(form)} className="stack" data-testid="registration-form">
      <ErrorSummary formErrors={form.errors} fields={[fields.name, fields.email, fields.consent]} />
      <FormGuard />
      <RequiredNote />
      <TextField field={fields.name} label={t("events.form.name")} autoComplete="name" hint={t("events.form.nameHint")} />
      <TextField field={fields.email} label={t("reports.form.email")} type="email" autoComplete="email" hint={t("events.form.emailHint")} />
      <div className="field checkbox">
        <input {...getInputProps(fields.showName, { type: "checkbox" })} key={fields.showName.key} />
        <label htmlFor={fields.showName.id}>{t("events.form.showName")}</label>
      </div>
      <div className="field checkbox">
        <input {...getInputProps(fields.consent, { type: "checkbox" })} key={fields.consent.key} />
        <label htmlFor={fields.consent.id} {...requiredLabel(true)}>
          {t("events.form.consent")}
        </label>
        <FieldErrors id={fields.consent.errorId} errors={fields.consent.errors} />
      </div>
      <button type="submit">{t("events.form.submit")}</button>
      <p className="muted small">{t("events.form.privacy", { days: identityDays })}</p>
    </Form>
  );
}
