// /admin/agenda/seance: a council session an organizer enters for a commune.
import { getFormProps, getInputProps, type SubmissionResult } from "@conform-to/react";
import { Form } from "@remix-run/react";
import { ErrorSummary, FieldErrors, TextAreaField, TextField } from "~/components/forms";
import { constraints as councilSessionConstraints } from "~/components/form-constraints/councilSession";
import { useServerForm } from "~/components/server-form";
import { useT } from "~/utils/i18n";
import type { CouncilSessionSchema } from "../schema";

/** This page's forms' HTML constraints (app/components/form-constraints/, generated). */
const forms = { councilSession: councilSessionConstraints };

export function CouncilSessionForm({ lastResult }: { lastResult?: SubmissionResult<string[]> | null }) {
  const t = useT();
  const [form, fields] = useServerForm<typeof CouncilSessionSchema>(forms.councilSession, {
    id: "council-session",
    lastResult,
    defaultValue: { place: t("calendar.session.placeDefault") },
  });
  const startsAt = getInputProps(fields.startsAt, { type: "datetime-local" });
  const endsAt = getInputProps(fields.endsAt, { type: "datetime-local" });
  return (
    <>
      <h1>{t("calendar.session.heading")}</h1>
      <p>{t("calendar.session.intro")}</p>
      <Form method="post" {...getFormProps(form)} className="stack">
        <ErrorSummary formErrors={form.errors} fields={[fields.commune, fields.startsAt, fields.endsAt, fields.place, fields.description]} />
        <TextField field={fields.commune} label={t("calendar.session.commune")} />
        <div className="field-row">
          <div className="field">
            <label htmlFor={fields.startsAt.id} data-required="">
              {t("calendar.session.startsAt")}
            </label>
            <input {...startsAt} key={startsAt.key} aria-describedby={fields.startsAt.errors?.length ? fields.startsAt.errorId : undefined} />
            <FieldErrors id={fields.startsAt.errorId} errors={fields.startsAt.errors} />
          </div>
          <div className="field">
            <label htmlFor={fields.endsAt.id}>{t("calendar.session.endsAt")}</label>
            <input {...endsAt} key={endsAt.key} aria-describedby={fields.endsAt.errors?.length ? fields.endsAt.errorId : undefined} />
            <FieldErrors id={fields.endsAt.errorId} errors={fields.endsAt.errors} />
          </div>
        </div>
        <TextField field={fields.place} label={t("calendar.session.place")} />
        <TextAreaField field={fields.description} label={t("calendar.session.description")} rows={5} />
        <button type="submit">{t("calendar.session.submit")}</button>
      </Form>
    </>
  );
}
