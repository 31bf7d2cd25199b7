import { getFormProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { FormGuard } from "~/components/form-guard";
import { ErrorSummary, TextField } from "~/components/forms";
import { useServerForm } from "~/components/server-form";
import { constraints as myDataConstraints } from "~/components/form-constraints/myData";
import { requestDataAccess } from "~/modules/my-data/data.server";
import { MyDataRequestSchema } from "~/modules/my-data/schema";
import { guardPublicForm, guardReply } from "~/utils/form-guard.server";
import { useT } from "~/utils/i18n";
import { getLang } from "~/utils/lang.server";
import { pageTitle } from "~/utils/meta";
import { outageHeaders, withOutageReply } from "~/utils/outage.server";

/** This page's forms' HTML constraints (app/components/form-constraints/, generated). */
const forms = { myData: myDataConstraints };

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "myData.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  return { sent: url.searchParams.has("envoye"), erased: url.searchParams.has("efface"), expired: url.searchParams.has("expire") };
}

export const headers = outageHeaders;

// While the database is unreachable, the form comes back with what was typed and says so (503).
export async function action(args: ActionFunctionArgs) {
  return withOutageReply(args, submit);
}

async function submit({ request, context }: ActionFunctionArgs) {
  const formData = await request.formData();
  const submission = parseWithZod(formData, { schema: MyDataRequestSchema });
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  const guard = await guardPublicForm({ request, context, formData, form: "my-data", email: submission.value.email });
  const stopped = guardReply(guard, { bot: () => redirect("/mes-donnees?envoye"), reply: (held) => submission.reply(held) });
  if (stopped) return stopped;
  await requestDataAccess({ email: submission.value.email, lang: await getLang(request) });
  // The same answer whether or not the site knows the address.
  return redirect("/mes-donnees?envoye");
}

export default function MyDataRequestPage() {
  const { sent, erased, expired } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const t = useT();
  const [form, fields] = useServerForm<typeof MyDataRequestSchema>(forms.myData, { lastResult });
  return (
    <div className="narrow">
      <h1>{t("myData.title")}</h1>
      {sent ? (
        <div role="status" className="notice">
          <p>{t("myData.sent")}</p>
        </div>
      ) : null}
      {erased ? (
        <div role="status" className="notice">
          <p>{t("myData.erased")}</p>
        </div>
      ) : null}
      {expired ? (
        <div role="status" className="notice notice-error">
          <p>{t("myData.expired")}</p>
        </div>
      ) : null}
      <p>{t("myData.intro")}</p>
      <Form method="post" {...getFormProps(form)} className="stack">
        <FormGuard />
        <ErrorSummary formErrors={form.errors} fields={[fields.email]} />
        <TextField field={fields.email} label={t("myData.email")} type="email" autoComplete="email" />
        <button type="submit">{t("myData.submit")}</button>
      </Form>
    </div>
  );
}
