import { getFormProps, getSelectProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { data, redirect, type ActionFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData } from "@remix-run/react";
import { FormGuard } from "~/components/form-guard";
import { ErrorSummary, FieldErrors, TextField } from "~/components/forms";
import { enqueueAddressRequest } from "~/models/address-request.server";
import { SubscribeSchema } from "~/modules/newsletter/schema";
import { guardPublicForm, guardReply } from "~/utils/form-guard.server";
import { useLang, useT } from "~/utils/i18n";
import { pageTitle } from "~/utils/meta";
import { outageHeaders, withOutageReply } from "~/utils/outage.server";
import { useServerForm } from "~/components/server-form";
import { constraints as newsletterConstraints } from "~/components/form-constraints/newsletter";

/** This page's forms' HTML constraints (app/components/form-constraints/, generated). */
const forms = { newsletter: newsletterConstraints };

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "newsletter.page.title");

export const headers = outageHeaders;

// A function declaration, not `withOutageReply(...)` at the top level: Remix drops the `action`
// export from the browser bundle only when nothing is called to define it.
export async function action(args: ActionFunctionArgs) {
  return withOutageReply(args, submit);
}

async function submit({ request, context }: ActionFunctionArgs) {
  const formData = await request.formData();
  const submission = parseWithZod(formData, { schema: SubscribeSchema });
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  const guard = await guardPublicForm({ request, context, formData, form: "newsletter", email: submission.value.email });
  const stopped = guardReply(guard, { bot: () => redirect("/lettre/merci"), reply: (held) => submission.reply(held) });
  if (stopped) return stopped;
  await enqueueAddressRequest({ kind: "newsletter", ...submission.value });
  // The same page whether the address was known or not.
  return redirect("/lettre/merci");
}

export default function NewsletterPage() {
  const lastResult = useActionData<typeof action>();
  const t = useT();
  const lang = useLang();
  const [form, fields] = useServerForm<typeof SubscribeSchema>(forms.newsletter, { lastResult, defaultValue: { lang, source: "page" } });
  return (
    <div className="narrow">
      <h1>{t("newsletter.page.title")}</h1>
      <p>{t("newsletter.page.intro")}</p>
      <Form method="post" action="/lettre" {...getFormProps(form)} className="stack">
        <ErrorSummary formErrors={form.errors} fields={[fields.email, fields.lang]} />
        <FormGuard />
        <input type="hidden" name="source" value="page" />
        <TextField field={fields.email} label={t("newsletter.page.email")} type="email" autoComplete="email" />
        <div className="field">
          <label htmlFor={fields.lang.id}>{t("newsletter.page.lang")}</label>
          <select {...getSelectProps(fields.lang)} key={fields.lang.key}>
            <option value="fr">Français</option>
            <option value="en">English</option>
          </select>
          <FieldErrors id={fields.lang.errorId} errors={fields.lang.errors} />
        </div>
        <button type="submit">{t("newsletter.page.submit")}</button>
      </Form>
      <p className="muted">{t("newsletter.page.privacy")}</p>
      <p>
        <Link to="/lettre/archives">{t("newsletter.page.archives")}</Link> · <Link to="/recours">{t("legalActions.list.title")}</Link>
      </p>
    </div>
  );
}
