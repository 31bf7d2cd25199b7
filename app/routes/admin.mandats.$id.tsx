import { parseWithZod } from "@conform-to/zod/v4";
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { requireOrganizer } from "~/models/auth.server";
import { campaignDefaults, checkCampaignReferences } from "~/modules/mandates/admin.server";
import { editCampaign, getCampaignForAdmin, legalActionChoices, publishCampaign } from "~/modules/mandates/campaign.server";
import { CampaignForm } from "~/modules/mandates/components/campaign-form";
import { CampaignSchema } from "~/modules/mandates/schema";
import { useDates } from "~/utils/dates";
import { redirectWithNotice, takeNotice } from "~/utils/flash.server";
import { MandateNotice } from "~/modules/mandates/components/notice";
import { FilingLink } from "~/modules/mandate-filing/components/filing-link";
import { useT } from "~/utils/i18n";
import { adminTitle } from "~/utils/meta";
import { isUuid } from "~/utils/uuid";

export const meta: MetaFunction = ({ matches }) => adminTitle(matches, "admin.mandates.edit");

async function campaignOr404(id: string | undefined) {
  const campaign = id && isUuid(id) ? await getCampaignForAdmin({ id }) : null;
  if (!campaign) throw new Response("Not found", { status: 404 });
  return campaign;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireOrganizer(request, { legal: true });
  const campaign = await campaignOr404(params.id);
  const { notice, headers } = await takeNotice(request);
  return data({ campaign, notice, defaults: campaignDefaults(campaign), legalActions: await legalActionChoices() }, { headers });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const organizer = await requireOrganizer(request, { legal: true });
  const campaign = await campaignOr404(params.id);
  const formData = await request.formData();
  if (formData.get("intent") === "publish") {
    await publishCampaign({ id: campaign.id, organizerId: organizer.id });
    return redirectWithNotice(`/admin/mandats/${campaign.id}`, { key: "admin.mandates.notice.published" });
  }
  const submission = parseWithZod(formData, { schema: CampaignSchema });
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  const { inseeCodes, fieldErrors } = await checkCampaignReferences(submission.value);
  if (Object.keys(fieldErrors).length) return data(submission.reply({ fieldErrors }), { status: 400 });
  const edited = await editCampaign({ id: campaign.id, input: submission.value, inseeCodes, organizerId: organizer.id });
  if (!edited.ok) {
    const error = edited.error === "slug-taken" ? { fieldErrors: { slug: ["mandates.errors.slugTaken"] } } : { formErrors: ["admin.mandates.filedNoEdit"] };
    return data(submission.reply(error), { status: 400 });
  }
  return redirectWithNotice(`/admin/mandats/${campaign.id}`, { key: "admin.mandates.notice.saved" });
}

export default function EditMandateCampaignPage() {
  const { campaign, notice, defaults, legalActions } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const t = useT();
  const { dateTime } = useDates();
  const drafts = campaign.texts.filter((text) => !text.publishedAt);
  return (
    <>
      <h1>{campaign.title}</h1>
      <MandateNotice notice={lastResult ? null : notice} />
      <p>
        <Link to={`/admin/mandats/${campaign.id}/liste`}>{t("admin.mandates.list")}</Link>
        {campaign.publishedAt ? (
          <>
            {" · "}
            <Link to={`/mandats/${campaign.slug}`}>{t("admin.mandates.publicPage")}</Link>
          </>
        ) : null}
      </p>
      {campaign.publishedAt ? <FilingLink campaignId={campaign.id} /> : null}
      {!campaign.filedAt && (!campaign.publishedAt || drafts.length > 0) ? (
        <Form method="post" className="inline-form">
          <input type="hidden" name="intent" value="publish" />
          <p>{t(campaign.publishedAt ? "admin.mandates.publishDrafts" : "admin.mandates.publishHint")}</p>
          <button type="submit">{t("admin.mandates.publish")}</button>
        </Form>
      ) : null}
      <h2>{t("admin.mandates.versions")}</h2>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t("admin.mandates.version")}</th>
            <th scope="col">{t("admin.mandates.hash")}</th>
            <th scope="col">{t("admin.mandates.state")}</th>
          </tr>
        </thead>
        <tbody>
          {campaign.texts.map((text) => (
            <tr key={text.id}>
              <td>
                {text.lang} v{text.version}
              </td>
              <td className="mandate-hash">
                <code>{text.sha256}</code>
              </td>
              <td>{text.publishedAt ? t("admin.mandates.publishedOn", { date: dateTime(text.publishedAt, "medium") }) : t("admin.mandates.stateDraft")}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>{t("admin.mandates.edit")}</h2>
      {campaign.filedAt ? <p>{t("admin.mandates.filedNoEdit")}</p> : null}
      <CampaignForm lastResult={lastResult} legalActions={legalActions} defaultValue={defaults} submitLabel={t("admin.mandates.save")} />
    </>
  );
}
