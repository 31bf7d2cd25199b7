import { getFormProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { FormGuard } from "~/components/form-guard";
import { ErrorSummary, TextField } from "~/components/forms";
import { enqueueAddressRequest } from "~/models/address-request.server";
import { PortalRequestSchema } from "~/modules/donations/schema";
import { guardPublicForm, guardReply } from "~/utils/form-guard.server";
import { useT } from "~/utils/i18n";
import { getLang } from "~/utils/lang.server";
import { pageTitle } from "~/utils/meta";
import { useServerForm } from "~/components/server-form";
import { constraints as donationPortalConstraints } from "~/components/form-constraints/donationPortal";

/** This page's forms' HTML constraints (app/components/form-constraints/, generated). */
const forms = { donationPortal: donationPortalConstraints };

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "donate.manage.title");

export async function loader({ request }: LoaderFunctionArgs) {
  return { sent: new URL(request.url).searchParams.has("envoye") };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const formData = await request.formData();
  const submission = parseWithZod(formData, { schema: PortalRequestSchema });
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  const guard = await guardPublicForm({ request, context, formData, form: "donor-portal", email: submission.value.email });
  const stopped = guardReply(guard, { bot: () => redirect("/don/gerer?envoye"), reply: (held) => submission.reply(held) });
  if (stopped) return stopped;
  await enqueueAddressRequest({ kind: "donation-portal", email: submission.value.email, lang: await getLang(request) });
  // The same answer whether or not the address is a monthly donor's.
  return redirect("/don/gerer?envoye");
}

export default function ManageDonationPage() {
  const { sent } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const t = useT();
  const [form, fields] = useServerForm<typeof PortalRequestSchema>(forms.donationPortal, { lastResult });
  return (
    <div className="narrow">
      <h1>{t("donate.manage.title")}</h1>
      {sent ? (
        <div role="status" className="notice">
          <p>{t("donate.manage.sent")}</p>
        </div>
      ) : null}
      <p>{t("donate.manage.intro")}</p>
      <Form method="post" {...getFormProps(form)} className="stack">
        <FormGuard />
        <ErrorSummary formErrors={form.errors} fields={[fields.email]} />
        <TextField field={fields.email} label={t("donate.manage.email")} type="email" autoComplete="email" />
        <button type="submit">{t("donate.manage.submit")}</button>
      </Form>
    </div>
  );
}
