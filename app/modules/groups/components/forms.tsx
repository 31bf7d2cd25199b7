import { getFormProps, getInputProps, type SubmissionResult } from "@conform-to/react";
import { Form, Link } from "@remix-run/react";
import { constraints as groupContactConstraints } from "~/components/form-constraints/groupContact";
import { constraints as groupJoinConstraints } from "~/components/form-constraints/groupJoin";
import { constraints as groupRequestConstraints } from "~/components/form-constraints/groupRequest";
import { FormGuard } from "~/components/form-guard";
import { ErrorSummary, FieldErrors, requiredLabel, RequiredNote, TextAreaField, TextField } from "~/components/forms";
import { useServerForm } from "~/components/server-form";
import { useT } from "~/utils/i18n";
import type { ContactGroupSchema, GroupRequestSchema, JoinGroupSchema } from "../schema";

/** This page's forms' HTML constraints (app/components/form-constraints/, generated). */
const forms = { groupContact: groupContactConstraints, groupJoin: groupJoinConstraints, groupRequest: groupRequestConstraints };

type LastResult = SubmissionResult<string[]> | null | undefined;

/** A checkbox with its label and errors (consents, choices). */
function Checkbox({ field, label }: { field: Parameters<typeof getInputProps>[0]; label: string }) {
  const props = getInputProps(field, { type: "checkbox" });
  return (
    <div className="field checkbox">
      <input {...props} key={props.key} aria-describedby={field.errors?.length ? field.errorId : undefined} />
      <label htmlFor={field.id} {...requiredLabel(field.required)}>
        {label}
      </label>
      <FieldErrors id={field.errorId} errors={field.errors} />
    </div>
  );
}

/** "Join the group": posts to the group's page (intent=join), with or without JavaScript. */
export function JoinForm({ slug, lastResult }: { slug: string; lastResult: LastResult }) {
  const t = useT();
  const [form, fields] = useServerForm<typeof JoinGroupSchema>(forms.groupJoin, {
    id: "group-join",
    lastResult,
    // First visit: both boxes ticked (what most people come for); afterwards, what they sent.
    defaultValue: { wantsEvents: "on", wantsAnnouncements: "on" },
  });
  return (
    <Form method="post" action={`/groupes/${slug}`} {...getFormProps(form)} className="stack">
      <input type="hidden" name="intent" value="join" />
      <ErrorSummary formErrors={form.errors} fields={[fields.email, fields.consent]} />
      <FormGuard />
      <RequiredNote />
      <TextField field={fields.email} label={t("groups.join.email")} type="email" autoComplete="email" hint={t("groups.join.emailHint")} />
      <fieldset className="field">
        <legend>{t("groups.join.receive")}</legend>
        <Checkbox field={fields.wantsEvents} label={t("groups.join.wantsEvents")} />
        <Checkbox field={fields.wantsAnnouncements} label={t("groups.join.wantsAnnouncements")} />
      </fieldset>
      <Checkbox field={fields.consent} label={t("groups.join.consent")} />
      <button type="submit">{t("groups.join.submit")}</button>
      <p className="muted small">
        <Link to="/confidentialite">{t("footer.privacy")}</Link>
      </p>
    </Form>
  );
}

/** "Write to the group": relayed without the address (intent=contact). */
export function ContactForm({ slug, lastResult }: { slug: string; lastResult: LastResult }) {
  const t = useT();
  const [form, fields] = useServerForm<typeof ContactGroupSchema>(forms.groupContact, { id: "group-contact", lastResult });
  return (
    <Form method="post" action={`/groupes/${slug}`} {...getFormProps(form)} className="stack">
      <input type="hidden" name="intent" value="contact" />
      <ErrorSummary formErrors={form.errors} fields={[fields.name, fields.email, fields.body]} />
      <FormGuard />
      <RequiredNote />
      <TextField field={fields.name} label={t("groups.contact.name")} autoComplete="name" />
      <TextField field={fields.email} label={t("groups.contact.email")} type="email" autoComplete="email" hint={t("groups.contact.emailHint")} />
      <TextAreaField field={fields.body} label={t("groups.contact.body")} rows={6} />
      <button type="submit">{t("groups.contact.submit")}</button>
    </Form>
  );
}

/** "No group here yet: start one" (posts to /villes/<slug>/groupe). */
export function GroupRequestForm({ communeSlug, lastResult }: { communeSlug: string; lastResult: LastResult }) {
  const t = useT();
  const [form, fields] = useServerForm<typeof GroupRequestSchema>(forms.groupRequest, { id: "group-request", lastResult });
  return (
    <Form method="post" action={`/villes/${communeSlug}/groupe`} {...getFormProps(form)} className="stack">
      <ErrorSummary formErrors={form.errors} fields={[fields.name, fields.email, fields.message, fields.consent]} />
      <FormGuard />
      <RequiredNote />
      <TextField field={fields.name} label={t("groups.request.name")} autoComplete="name" />
      <TextField field={fields.email} label={t("groups.request.email")} type="email" autoComplete="email" hint={t("groups.request.emailHint")} />
      <TextAreaField field={fields.message} label={t("groups.request.message")} hint={t("groups.request.messageHint")} rows={5} />
      <Checkbox field={fields.consent} label={t("groups.request.consent")} />
      <button type="submit">{t("groups.request.submit")}</button>
    </Form>
  );
}
