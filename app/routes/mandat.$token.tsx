import { parseWithZod } from "@conform-to/zod/v4";
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { UnknownLinkPage } from "~/components/unknown-link-page";
import { ConfirmStep } from "~/components/confirm-step";
import { MandateRecord } from "~/modules/mandates/components/mandate-record";
import { confirmMandate, mandateForToken, revokeMandate } from "~/modules/mandates/mandate.server";
import { MandateTokenActionSchema } from "~/modules/mandates/schema";
import { isConfirmed } from "~/schemas/confirm";
import { redirectWithNotice, takeNotice } from "~/utils/flash.server";
import { MandateNotice } from "~/modules/mandates/components/notice";
import { useT } from "~/utils/i18n";
import { pageTitle } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "mandates.personal.title", { noindex: true });

/** An unknown, replayed or forged link: a page that says so, with a 404. */
const unknownLink = () => data({ state: "unknown" as const }, { status: 404 });

/** Opening the link changes nothing (mail scanners open links): the buttons confirm and revoke. */
export async function loader({ params, request }: LoaderFunctionArgs) {
  const mandate = await mandateForToken({ token: params.token ?? "" });
  if (!mandate) return unknownLink();
  const { notice, headers } = await takeNotice(request);
  return data({ state: "found" as const, mandate, notice }, { headers });
}

export async function action({ params, request }: ActionFunctionArgs) {
  const token = params.token ?? "";
  const submission = parseWithZod(await request.formData(), { schema: MandateTokenActionSchema });
  if (submission.status !== "success") return data({ error: "invalid" as const }, { status: 400 });
  const here = `/mandat/${encodeURIComponent(token)}`;
  if (submission.value.intent === "confirm") {
    const confirmed = await confirmMandate({ token });
    if (!confirmed.ok) return confirmed.error === "unknown" ? unknownLink() : data({ error: "closed" as const }, { status: 400 });
    return redirectWithNotice(here, { key: "mandates.notice.confirmed" });
  }
  if (!isConfirmed(submission.value)) return { confirmRevoke: true };
  const revoked = await revokeMandate({ token });
  if (!revoked.ok) return unknownLink();
  if (revoked.deleted) return redirectWithNotice(`/mandats/${revoked.slug}`, { key: "mandates.notice.revoked" });
  return redirectWithNotice(here, { key: "mandates.notice.revokedAfterFiling" });
}

export default function MandatePersonalPage() {
  const loaded = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useT();
  if (loaded.state === "unknown" || (actionData && "state" in actionData)) {
    return <UnknownLinkPage title="mandates.personal.unknownTitle" text="mandates.personal.unknown" />;
  }
  const { mandate } = loaded;
  const { campaign } = mandate;
  const error = actionData && "error" in actionData ? actionData.error : null;
  return (
    <div className="narrow">
      <h1>{t("mandates.personal.title")}</h1>
      <MandateNotice notice={actionData ? null : loaded.notice} />
      <p>
        <Link to={`/mandats/${campaign.slug}`}>{campaign.title}</Link>
      </p>
      {error ? (
        <div role="alert" className="notice notice-error">
          <p>{t(error === "closed" ? "mandates.personal.closed" : "mandates.personal.invalid")}</p>
        </div>
      ) : null}
      <p data-testid="mandate-status">
        {mandate.revokedAt
          ? t("mandates.personal.statusRevoked")
          : mandate.confirmedAt
            ? t("mandates.personal.statusConfirmed")
            : campaign.open
              ? t("mandates.personal.statusUnconfirmed")
              : t("mandates.personal.statusTooLate")}
      </p>
      {!mandate.confirmedAt && !mandate.revokedAt && campaign.open ? (
        <Form method="post">
          <input type="hidden" name="intent" value="confirm" />
          <button type="submit">{t("mandates.personal.confirm")}</button>
        </Form>
      ) : null}
      <MandateRecord mandate={mandate} />
      {mandate.revokedAt ? null : (
        <section aria-labelledby="revoke-heading">
          <h2 id="revoke-heading">{t("mandates.personal.revokeHeading")}</h2>
          <p>{campaign.pastFiling ? t("mandates.personal.revokeAfterFiling") : t("mandates.personal.revokeBeforeFiling")}</p>
          {actionData && "confirmRevoke" in actionData ? (
            <ConfirmStep
              id="confirm-revoke"
              heading={t("mandates.personal.revokeConfirmHeading")}
              consequence={campaign.pastFiling ? t("mandates.personal.revokeConfirmAfter") : t("mandates.personal.revokeConfirmBefore")}
              fields={{ intent: "revoke" }}
              confirmLabel={t("mandates.personal.revokeConfirm")}
            />
          ) : (
            <Form method="post">
              <input type="hidden" name="intent" value="revoke" />
              <button type="submit" className="button-secondary">
                {t("mandates.personal.revoke")}
              </button>
            </Form>
          )}
        </section>
      )}
    </div>
  );
}
