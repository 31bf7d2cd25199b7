// A mandate campaign's filing (issue 26, items 4 and 5), for legal organizers only: the list for
// the authority (CSV and PDF annex), the filing record, the end of the procedure. Everything is in
// app/modules/mandate-filing/.
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { ConfirmStep } from "~/components/confirm-step";
import { FormErrors } from "~/components/forms";
import { requireOrganizer } from "~/models/auth.server";
import { getFilingCampaign } from "~/modules/mandate-filing/campaign.server";
import { FilingForm } from "~/modules/mandate-filing/components/filing-form";
import { FilingStatus } from "~/modules/mandate-filing/components/filing-status";
import { handleFilingAction } from "~/modules/mandate-filing/filing-action.server";
import { formatDate, parisDay } from "~/utils/dates";
import { redirectWithNotice, takeNotice } from "~/utils/flash.server";
import { useLang, useT } from "~/utils/i18n";
import { getLang } from "~/utils/lang.server";
import { adminTitle } from "~/utils/meta";
import { isUuid } from "~/utils/uuid";

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  adminTitle(matches, "admin.mandateFiling.page.title", data ? { text: data.campaign.title } : null);

async function loadCampaign(id: string | undefined) {
  const campaign = id && isUuid(id) ? await getFilingCampaign({ id }) : null;
  if (!campaign) throw new Response("Not found", { status: 404 });
  return campaign;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireOrganizer(request, { legal: true });
  const campaign = await loadCampaign(params.id);
  const { notice, headers } = await takeNotice(request);
  return data({ campaign, today: parisDay(new Date()), notice: notice?.key ?? null }, { headers });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const organizer = await requireOrganizer(request, { legal: true });
  const campaign = await loadCampaign(params.id);
  const lang = await getLang(request);
  const outcome = await handleFilingAction({ formData: await request.formData(), campaign, organizerId: organizer.id, lang });
  if (outcome.kind === "done") return redirectWithNotice(`/admin/mandats/${campaign.id}/depot`, { key: outcome.notice, count: outcome.count });
  if (outcome.kind === "reply" || outcome.kind === "error") return data(outcome, { status: outcome.status });
  return data(outcome);
}

export default function MandateFilingPage() {
  const { campaign, today, notice } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useT();
  const lang = useLang();
  const reply = actionData?.kind === "reply" ? actionData : null;
  const confirming = reply?.confirm;
  return (
    <>
      <p>
        <Link to={`/admin/mandats/${campaign.id}`}>{t("admin.mandateFiling.page.back")}</Link>
      </p>
      <h1>{t("admin.mandateFiling.page.title")}</h1>
      <p>{campaign.title}</p>
      {notice === "filed" || notice === "ended" ? (
        <p className="notice" role="status">
          {t(notice === "filed" ? "admin.mandateFiling.notice.filed" : "admin.mandateFiling.notice.ended")}
        </p>
      ) : null}
      {actionData?.kind === "error" ? <FormErrors id="filing-end-errors" errors={[`admin.mandateFiling.errors.${actionData.error}`]} /> : null}
      <FilingStatus campaign={campaign} />
      {campaign.revokedAfterFiling > 0 ? (
        <p data-testid="revoked-after-filing">
          {t("admin.mandateFiling.page.revoked", { count: campaign.revokedAfterFiling })}{" "}
          <Link to={`/admin/mandats/${campaign.id}/liste`}>{t("admin.mandateFiling.page.revokedList")}</Link>
        </p>
      ) : null}

      {campaign.stage === "frozen" ? (
        <section aria-labelledby="record-heading">
          <h2 id="record-heading">{t("admin.mandateFiling.page.record")}</h2>
          <p>{t("admin.mandateFiling.page.recordIntro")}</p>
          <FilingForm lastResult={reply?.result} defaults={{ filedOn: today, filedWith: campaign.authority }} />
          {confirming ? (
            <ConfirmStep
              id="confirm-filing"
              heading={t("admin.confirm.heading")}
              consequence={t("admin.mandateFiling.page.confirm", {
                date: formatDate(lang, confirming.filedOn),
                authority: confirming.filedWith,
                reference: confirming.reference,
                count: campaign.count,
              })}
              fields={{ intent: "file", ...confirming }}
              confirmLabel={t("admin.mandateFiling.page.confirmSubmit")}
            />
          ) : null}
        </section>
      ) : null}

      {campaign.stage === "filed" ? (
        <section aria-labelledby="end-heading">
          <h2 id="end-heading">{t("admin.mandateFiling.page.end")}</h2>
          <p>{t("admin.mandateFiling.page.endIntro")}</p>
          {actionData?.kind === "confirm-end" ? (
            <ConfirmStep
              id="confirm-end"
              heading={t("admin.confirm.heading")}
              consequence={t("admin.mandateFiling.page.endConfirm", { count: campaign.count })}
              fields={{ intent: "end" }}
              confirmLabel={t("admin.mandateFiling.page.endConfirmSubmit")}
            />
          ) : (
            <Form method="post">
              <input type="hidden" name="intent" value="end" />
              <button type="submit" className="button-danger">
                {t("admin.mandateFiling.page.endSubmit")}
              </button>
            </Form>
          )}
        </section>
      ) : null}
    </>
  );
}
