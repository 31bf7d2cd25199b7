import { getFormProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { pageTitle } from "~/utils/meta";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { FormGuard } from "~/components/form-guard";
import { ErrorSummary, TextField } from "~/components/forms";
import { enqueueAddressRequest } from "~/models/address-request.server";
import { SignInRequestSchema } from "~/schemas/sign-in-request";
import { useServerForm } from "~/components/server-form";
import { constraints as signInConstraints } from "~/components/form-constraints/signIn";
import { useT } from "~/utils/i18n";
import { guardPublicForm, guardReply } from "~/utils/form-guard.server";
import { getLang } from "~/utils/lang.server";
import { getOrganizerId } from "~/models/session.server";
import { outageHeaders, withOutageReply } from "~/utils/outage.server";

/** This page's forms' HTML constraints (app/components/form-constraints/, generated). */
const forms = { signIn: signInConstraints };

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "signIn.title");

export async function loader({ request }: LoaderFunctionArgs) {
  if (await getOrganizerId(request)) throw redirect("/admin");
  const url = new URL(request.url);
  return { sent: url.searchParams.has("envoye"), redirectTo: url.searchParams.get("redirectTo") ?? "" };
}

export const headers = outageHeaders;

// A function declaration, not `withOutageReply(...)` at the top level: Remix drops the `action`
// export from the browser bundle only when nothing is called to define it.
export async function action(args: ActionFunctionArgs) {
  return withOutageReply(args, submit);
}

async function submit({ request, context }: ActionFunctionArgs) {
  const formData = await request.formData();
  const submission = parseWithZod(formData, { schema: SignInRequestSchema });
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  const guard = await guardPublicForm({ request, context, formData, form: "sign-in", email: submission.value.email });
  const stopped = guardReply(guard, { bot: () => redirect("/connexion?envoye"), reply: (held) => submission.reply(held) });
  if (stopped) return stopped;
  await enqueueAddressRequest({ kind: "sign-in", email: submission.value.email, lang: await getLang(request) });
  // The same answer whether or not the address belongs to an organizer.
  return redirect("/connexion?envoye");
}

export default function SignInPage() {
  const { sent, redirectTo } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const t = useT();
  const [form, fields] = useServerForm<typeof SignInRequestSchema>(forms.signIn, { lastResult });
  return (
    <div className="narrow">
      <h1>{t("signIn.title")}</h1>
      {sent ? (
        <div role="status" className="notice">
          <p>{t("signIn.sent")}</p>
        </div>
      ) : null}
      <p>{t("signIn.intro")}</p>
      <Form method="post" {...getFormProps(form)} className="stack">
        <FormGuard />
        <ErrorSummary formErrors={form.errors} fields={[fields.email]} />
        <input type="hidden" name="redirectTo" value={redirectTo} />
        <TextField field={fields.email} label={t("signIn.email")} type="email" autoComplete="email" />
        <button type="submit">{t("signIn.submit")}</button>
      </Form>
    </div>
  );
}
