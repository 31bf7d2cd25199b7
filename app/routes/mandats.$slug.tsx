import { parseWithZod } from "@conform-to/zod/v4";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { communeField } from "~/models/commune-choice.server";
import { getPublicCampaign } from "~/modules/mandates/campaign.server";
import { CampaignFacts } from "~/modules/mandates/components/campaign-facts";
import { MandateForm } from "~/modules/mandates/components/mandate-form";
import { giveMandate } from "~/modules/mandates/mandate.server";
import { mandateSchema } from "~/modules/mandates/schema";
import { clientIpHash } from "~/utils/client-ip.server";
import { takeNotice } from "~/utils/flash.server";
import { guardPublicForm, guardReply } from "~/utils/form-guard.server";
import { MandateNotice } from "~/modules/mandates/components/notice";
import { useT } from "~/utils/i18n";
import { getLang } from "~/utils/lang.server";
import { shareable } from "~/utils/meta";
import { prose } from "~/utils/typography";

async function campaignOr404(request: Request, slug: string | undefined) {
  const campaign = await getPublicCampaign({ slug: slug ?? "", lang: await getLang(request) });
  if (!campaign) throw new Response("Not found", { status: 404 });
  return campaign;
}

export async function loader({ params, request }: LoaderFunctionArgs) {
  const campaign = await campaignOr404(request, params.slug);
  const { notice, headers } = await takeNotice(request);
  return data({ campaign, notice }, { headers });
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  data ? shareable(matches, { title: prose(data.campaign.title), description: prose(data.campaign.scope) }) : [];

export async function action({ params, request, context }: ActionFunctionArgs) {
  const campaign = await campaignOr404(request, params.slug);
  const formData = await request.formData();
  const submission = parseWithZod(formData, { schema: mandateSchema({ requiresPostalAddress: campaign.requiresPostalAddress }) });
  // Past the filing date the form is gone; a submission sent anyway keeps what was typed.
  if (!campaign.open) return data({ result: submission.reply({ formErrors: ["mandates.errors.closed"] }), choices: [] }, { status: 400 });
  const email = submission.status === "success" ? submission.value.email : null;
  const guard = await guardPublicForm({ request, context, formData, form: "mandate", email });
  const stopped = guardReply(guard, {
    bot: () => redirect(`/mandats/${campaign.slug}/verification`),
    reply: (held) => ({ result: submission.reply(held), choices: [] }),
  });
  if (stopped) return stopped;
  const { commune, choices, errors } = await communeField(formData);
  if (submission.status !== "success" || !commune)
    return data({ result: submission.reply({ fieldErrors: errors ? { commune: errors } : {} }), choices }, { status: 400 });
  const given = await giveMandate({
    campaignId: campaign.id,
    input: submission.value,
    inseeCode: commune.inseeCode,
    lang: await getLang(request),
    ipHash: clientIpHash(request, context),
  });
  if (!given.ok && given.error === "commune")
    return data({ result: submission.reply({ fieldErrors: { commune: ["mandates.errors.communeNotEligible"] } }), choices: [] }, { status: 400 });
  if (!given.ok) return data({ result: submission.reply({ formErrors: ["mandates.errors.closed"] }), choices: [] }, { status: 400 });
  // The same page whether this address had given a mandate before or not.
  return redirect(`/mandats/${campaign.slug}/verification`);
}

export default function MandateCampaignPage() {
  const { campaign, notice } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useT();
  return (
    <article className="narrow mandate-campaign">
      <h1 lang="fr">{prose(campaign.title)}</h1>
      <MandateNotice notice={actionData ? null : notice} />
      <CampaignFacts campaign={campaign} />
      {campaign.text ? (
        <section aria-labelledby="mandate-text-heading">
          <h2 id="mandate-text-heading">{t("mandates.page.textHeading", { version: campaign.text.version })}</h2>
          <div className="mandate-text" lang={campaign.text.lang} data-testid="mandate-text">
            {campaign.text.body.split(/\n{2,}/).map((paragraph, index) => (
              <p key={index}>{paragraph}</p>
            ))}
          </div>
          <p className="muted small mandate-hash">{t("mandates.page.textHash", { hash: campaign.text.sha256 })}</p>
        </section>
      ) : null}
      <section aria-labelledby="mandate-form-heading">
        <h2 id="mandate-form-heading">{t("mandates.form.heading")}</h2>
        {campaign.open ? (
          <MandateForm
            lastResult={actionData?.result}
            choices={actionData?.choices}
            requiresPostalAddress={campaign.requiresPostalAddress}
            communes={campaign.eligibility === "COMMUNES" ? campaign.communes : []}
          />
        ) : (
          <p role="status" className="notice">
            {t(campaign.notYetOpen ? "mandates.page.notYetOpen" : "mandates.page.closed")}
          </p>
        )}
      </section>
    </article>
  );
}
