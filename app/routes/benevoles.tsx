import { getFormProps, getInputProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { FormGuard } from "~/components/form-guard";
import { ErrorSummary, FieldErrors, requiredLabel, RequiredNote, TextField } from "~/components/forms";
import { profileSummaryFields, VolunteerProfileFields } from "~/modules/volunteers/components/form";
import { communeField } from "~/models/commune-choice.server";
import { enqueueAddressRequest } from "~/models/address-request.server";
import { VolunteerSchema } from "~/modules/volunteers/schema";
import { guardPublicForm, guardReply } from "~/utils/form-guard.server";
import { useServerForm } from "~/components/server-form";
import { constraints as volunteerConstraints } from "~/components/form-constraints/volunteer";
import { useT } from "~/utils/i18n";
import { getLang } from "~/utils/lang.server";
import { pageTitle } from "~/utils/meta";

/** This page's forms' HTML constraints (app/components/form-constraints/, generated). */
const forms = { volunteer: volunteerConstraints };

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "volunteers.form.heading");

/** A commune page's "volunteer here" link fills the commune in: /benevoles?commune=Lyon (69)&inseeCode=69123. */
export async function loader({ request }: LoaderFunctionArgs) {
  const params = new URL(request.url).searchParams;
  const commune = (params.get("commune") ?? "").slice(0, 80);
  const inseeCode = params.get("inseeCode") ?? "";
  return { commune, inseeCode: /^[0-9AB]{5}$/i.test(inseeCode) && commune ? inseeCode : "" };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const formData = await request.formData();
  const submission = parseWithZod(formData, { schema: VolunteerSchema });
  const email = submission.status === "success" ? submission.value.email : null;
  const guard = await guardPublicForm({ request, context, formData, form: "volunteer", email });
  const stopped = guardReply(guard, { bot: () => redirect("/benevoles/verification"), reply: (held) => ({ result: submission.reply(held), choices: [] }) });
  if (stopped) return stopped;
  const { commune, choices, errors } = await communeField(formData);
  if (submission.status !== "success" || !commune)
    return data({ result: submission.reply({ fieldErrors: errors ? { commune: errors } : {} }), choices }, { status: 400 });
  await enqueueAddressRequest({
    kind: "volunteer",
    inseeCode: commune.inseeCode,
    input: submission.value,
    lang: await getLang(request),
    consentedAt: new Date().toISOString(),
  });
  // The same page whether this address had signed up before or not.
  return redirect("/benevoles/verification");
}

export default function VolunteerPage() {
  const prefill = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useT();
  const lastResult = actionData?.result;
  const [form, fields] = useServerForm<typeof VolunteerSchema>(forms.volunteer, { lastResult });
  const initial = (lastResult?.initialValue ?? {}) as Record<string, unknown>;
  return (
    <div className="narrow">
      <h1>{t("volunteers.form.heading")}</h1>
      <p className="lead">{t("volunteers.form.intro")}</p>
      <Form method="post" {...getFormProps(form)} className="stack">
        <ErrorSummary formErrors={form.errors} fields={[...profileSummaryFields(fields), fields.email, fields.consentContact]} />
        <FormGuard />
        <RequiredNote />
        <VolunteerProfileFields
          fields={fields}
          choices={actionData?.choices}
          communeDefault={typeof initial.commune === "string" ? initial.commune : prefill.commune}
          communeCode={typeof initial.commune === "string" ? "" : prefill.inseeCode}
        />
        <TextField field={fields.email} label={t("reports.form.email")} type="email" autoComplete="email" hint={t("volunteers.form.emailHint")} />
        <div className="field checkbox">
          <input {...getInputProps(fields.consentContact, { type: "checkbox" })} key={fields.consentContact.key} />
          <label htmlFor={fields.consentContact.id} {...requiredLabel(fields.consentContact.required)}>
            {t("volunteers.form.consent")}
          </label>
          <FieldErrors id={fields.consentContact.errorId} errors={fields.consentContact.errors} />
        </div>
        <button type="submit">{t("volunteers.form.submit")}</button>
        <p className="muted small">{t("volunteers.form.privacy")}</p>
      </Form>
    </div>
  );
}
