import { getFormProps, getInputProps, type SubmissionResult } from "@conform-to/react";
import { Form } from "@remix-run/react";
import { ErrorSummary, FieldErrors, requiredLabel, TextField } from "~/components/forms";
import { useServerForm } from "~/components/server-form";
import { constraints as mandateFilingConstraints } from "~/components/form-constraints/mandateFiling";
import { useT } from "~/utils/i18n";
import type { FilingSchema } from "../schema";

/** This page's forms' HTML constraints (app/components/form-constraints/, generated). */
const forms = { mandateFiling: mandateFilingConstraints };

/** Record the filing: day, authority, reference; the action answers with a confirmation step. */
export function FilingForm({ lastResult, defaults }: { lastResult?: SubmissionResult<string[]>; defaults: { filedOn: string; filedWith: string } }) {
  const t = useT();
  const [form, fields] = useServerForm<typeof FilingSchema>(forms.mandateFiling, { id: "filing", lastResult, defaultValue: defaults });
  const filedOn = getInputProps(fields.filedOn, { type: "date" });
  return (
    <Form method="post" {...getFormProps(form)} className="stack">
      <ErrorSummary formErrors={form.errors} fields={[fields.filedOn, fields.filedWith, fields.reference]} />
      <input type="hidden" name="intent" value="file" />
      <div className="field">
        <label htmlFor={fields.filedOn.id} {...requiredLabel(fields.filedOn.required)}>
          {t("admin.mandateFiling.page.filedOn")}
        </label>
        <input {...filedOn} key={filedOn.key} aria-describedby={fields.filedOn.errors ? fields.filedOn.errorId : undefined} />
        <FieldErrors id={fields.filedOn.errorId} errors={fields.filedOn.errors} />
      </div>
      <TextField field={fields.filedWith} label={t("admin.mandateFiling.page.filedWith")} />
      <TextField field={fields.reference} label={t("admin.mandateFiling.page.reference")} hint={t("admin.mandateFiling.page.referenceHint")} />
      <div className="button-row">
        <button type="submit">{t("admin.mandateFiling.page.submit")}</button>
      </div>
    </Form>
  );
}
