// The petition admin page's "planned hand-in" form: a date, time and place that become (or
// cancel, when emptied) a public event in the commune's calendar.
import { getFormProps, getInputProps, type SubmissionResult } from "@conform-to/react";
import { Form, Link } from "@remix-run/react";
import { ErrorSummary, FieldErrors, TextField } from "~/components/forms";
import { constraints as petitionHandInConstraints } from "~/components/form-constraints/petitionHandIn";
import { useServerForm } from "~/components/server-form";
import { useT } from "~/utils/i18n";
import type { HandInSchema } from "../schema";

/** This page's forms' HTML constraints (app/components/form-constraints/, generated). */
const forms = { petitionHandIn: petitionHandInConstraints };

export function HandInForm({
  lastResult,
  defaultValue,
  eventSlug,
}: {
  lastResult?: SubmissionResult<string[]>;
  /** The saved hand-in, as the fields hold it ("2027-01-15T11:00" in Paris). */
  defaultValue: { handInAt: string; handInPlace: string };
  eventSlug: string | null;
}) {
  const t = useT();
  const [form, fields] = useServerForm<typeof HandInSchema>(forms.petitionHandIn, { id: "hand-in", lastResult, defaultValue });
  const at = getInputProps(fields.handInAt, { type: "datetime-local" });
  return (
    <section aria-labelledby="hand-in-heading" className="panel">
      <h2 id="hand-in-heading">{t("calendar.handIn.heading")}</h2>
      <p>{t("calendar.handIn.intro")}</p>
      <Form method="post" {...getFormProps(form)} className="stack">
        <ErrorSummary formErrors={form.errors} fields={[fields.handInAt, fields.handInPlace]} />
        <div className="field">
          <label htmlFor={fields.handInAt.id}>{t("calendar.handIn.at")}</label>
          <input {...at} key={at.key} aria-describedby={fields.handInAt.errors?.length ? fields.handInAt.errorId : undefined} />
          <FieldErrors id={fields.handInAt.errorId} errors={fields.handInAt.errors} />
        </div>
        <TextField field={fields.handInPlace} label={t("calendar.handIn.place")} />
        <button type="submit" name="intent" value="hand-in">
          {t("calendar.handIn.save")}
        </button>
      </Form>
      {eventSlug ? (
        <p>
          <Link to={`/agenda/${eventSlug}`}>{t("calendar.handIn.event")}</Link>
        </p>
      ) : null}
    </section>
  );
}
