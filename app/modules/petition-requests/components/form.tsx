import { getFormProps, getInputProps, type SubmissionResult } from "@conform-to/react";
import { Form, Link } from "@remix-run/react";
import { useServerForm } from "~/components/server-form";
import { constraints as petitionRequestConstraints } from "~/components/form-constraints/petitionRequest";
import { PetitionRequestSchema } from "../schema";
import { useT } from "~/utils/i18n";
import { FormGuard } from "~/components/form-guard";
import { ErrorSummary, FieldErrors, requiredLabel, RequiredNote, TextAreaField, TextField } from "~/components/forms";

/** This page's forms' HTML constraints (app/components/form-constraints/, generated). */
const forms = { petitionRequest: petitionRequestConstraints };

/** "Ask for a petition here" (issue 17): posts to /villes/<slug>/demande-petition, with or without JavaScript. */
export function PetitionRequestForm({ communeSlug, lastResult }: { communeSlug: string; lastResult?: SubmissionResult<string[]> | null }) {
  const t = useT();
  const [form, fields] = useServerForm<typeof PetitionRequestSchema>(forms.petitionRequest, { id: "petition-request", lastResult });
  return (
    <Form method="post" action={`/villes/${communeSlug}/demande-petition`} {...getFormProps(form)} className="stack">
      <ErrorSummary formErrors={form.errors} fields={[fields.email, fields.message, fields.consent]} />
      <FormGuard />
      <RequiredNote />
      <TextField field={fields.email} label={t("petitionRequest.email")} type="email" autoComplete="email" hint={t("petitionRequest.emailHint")} />
      <TextAreaField field={fields.message} label={t("petitionRequest.message")} hint={t("petitionRequest.messageHint")} rows={3} />
      <div className="field checkbox">
        <input {...getInputProps(fields.consent, { type: "checkbox" })} key={fields.consent.key} />
        <label htmlFor={fields.consent.id} {...requiredLabel(fields.consent.required)}>
          {t("petitionRequest.consent")}
        </label>
        <FieldErrors id={fields.consent.errorId} errors={fields.consent.errors} />
      </div>
      <button type="submit">{t("petitionRequest.submit")}</button>
      <p className="muted small">
        {t("petitionRequest.privacy")} <Link to="/confidentialite">{t("footer.privacy")}</Link>
      </p>
    </Form>
  );
}
