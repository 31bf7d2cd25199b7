import { getFormProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { RequesterFields } from "~/modules/document-requests/components/requester-fields";
import { FormGuard } from "~/components/form-guard";
import { FormErrors } from "~/components/forms";
import { useServerForm } from "~/components/server-form";
import { constraints as documentRequestTakeItemConstraints } from "~/components/form-constraints/documentRequestTakeItem";
import { getCampaignItem } from "~/modules/document-requests/admin.server";
import { takeCampaignItem } from "~/modules/document-requests/request.server";
import { TakeItemSchema } from "~/modules/document-requests/schema";
import { guardPublicForm, guardReply } from "~/utils/form-guard.server";
import { useT } from "~/utils/i18n";
import { getLang } from "~/utils/lang.server";
import { pageTitle } from "~/utils/meta";
import { prose } from "~/utils/typography";

/** This page's forms' HTML constraints (app/components/form-constraints/, generated). */
const forms = { documentRequestTakeItem: documentRequestTakeItemConstraints };

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "documentRequests.campaign.take");

export async function loader({ params }: LoaderFunctionArgs) {
  const item = await getCampaignItem({ campaignId: params.id ?? "", itemId: params.item ?? "" });
  return { item, campaignId: params.id ?? "" };
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const formData = await request.formData();
  const submission = parseWithZod(formData, { schema: TakeItemSchema });
  const email = submission.status === "success" ? submission.value.email : null;
  const guard = await guardPublicForm({ request, context, formData, form: "document-request", email });
  const stopped = guardReply(guard, { bot: () => redirect("/demandes/verification"), reply: (held) => submission.reply(held) });
  if (stopped) return stopped;
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  const item = await getCampaignItem({ campaignId: params.id ?? "", itemId: params.item ?? "" });
  const taken = item ? await takeCampaignItem({ requestId: item.id, input: submission.value, lang: await getLang(request) }) : null;
  if (!taken?.ok) return data(submission.reply({ formErrors: ["documentRequests.errors.itemTaken"] }), { status: 409 });
  return redirect("/demandes/verification");
}

/** "I'll send this one": the volunteer gives the name and address the letter needs. */
export default function TakeItemPage() {
  const { item, campaignId } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const t = useT();
  const [form, fields] = useServerForm<typeof TakeItemSchema>(forms.documentRequestTakeItem, { lastResult });
  if (!item) {
    return (
      <div className="narrow">
        <h1>{t("documentRequests.campaign.take")}</h1>
        <p role="alert">{t("documentRequests.errors.itemTaken")}</p>
        <p>
          <Link to={`/demandes/campagnes/${campaignId}`}>{t("documentRequests.campaign.back")}</Link>
        </p>
      </div>
    );
  }
  return (
    <div className="narrow">
      <h1>{t("documentRequests.campaign.takeHeading", { commune: item.commune.name })}</h1>
      <p className="lead">{t("documentRequests.campaign.takeIntro", { campaign: prose(item.campaign?.title ?? ""), template: prose(item.template.title) })}</p>
      <details>
        <summary>{t("documentRequests.list.asked", { count: item.documents.length })}</summary>
        <ul>
          {item.documents.map((document, index) => (
            <li key={index}>{prose(document)}</li>
          ))}
        </ul>
      </details>
      <Form method="post" {...getFormProps(form)} className="stack">
        <FormGuard />
        <FormErrors id={form.errorId} errors={form.errors} />
        <RequesterFields fields={fields} />
        <button type="submit">{t("documentRequests.campaign.takeSubmit")}</button>
      </Form>
    </div>
  );
}
