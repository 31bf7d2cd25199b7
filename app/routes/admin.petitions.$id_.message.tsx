// The organizers' message to a petition's consenting signers (issue 28, item 3): write, preview in
// the page, email a preview to oneself, then send after a confirmation step. Everything is in
// app/modules/petition-mailing/. Territorial (issue 25): a group's coordinators may write to the
// consenting signers of their communes' petitions, which is how a group invites its own signers
// without seeing their addresses (the page shows counts only; the mailing is rate-limited per
// petition and audited as for national organizers).
import { getFormProps, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { ConfirmStep } from "~/components/confirm-step";
import { ErrorSummary, TextAreaField, TextField } from "~/components/forms";
import { useServerForm } from "~/components/server-form";
import { constraints as petitionMailingConstraints } from "~/components/form-constraints/petitionMailing";
import { requireOrganizer } from "~/models/auth.server";
import { requireRecord } from "~/modules/territorial/records.server";
import { MailingHistory, MailingPreview } from "~/modules/petition-mailing/components/mailing-parts";
import { createMailing, getMailingPetition, mailingOverview, sendMailingPreview } from "~/modules/petition-mailing/mailing.server";
import { MailingSchema } from "~/modules/petition-mailing/schema";
import { formatDateTime } from "~/utils/dates";
import { messageWithParams, useLang, useT } from "~/utils/i18n";
import { getLang } from "~/utils/lang.server";
import { adminTitle } from "~/utils/meta";
import { isUuid } from "~/utils/uuid";
import { isConfirmed } from "~/schemas/confirm";
import { redirectWithNotice, takeNotice } from "~/utils/flash.server";

/** This page's forms' HTML constraints (app/components/form-constraints/, generated). */
const forms = { petitionMailing: petitionMailingConstraints };

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  adminTitle(matches, "admin.mailing.title", data ? { text: data.petition.commune.name } : null);

async function loadPetition(id: string | undefined) {
  const petition = id && isUuid(id) ? await getMailingPetition({ id }) : null;
  if (!petition) throw new Response("Not found", { status: 404 });
  return petition;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const organizer = await requireOrganizer(request, { territorial: true });
  await requireRecord(organizer, "petition", params.id, "petition.mailing.view");
  const petition = await loadPetition(params.id);
  const { notice, headers } = await takeNotice(request);
  return data({ petition, ...(await mailingOverview({ petitionId: petition.id })), sent: notice?.key === "sent" ? (notice.count ?? 0) : null }, { headers });
}

type ActionResult = {
  result: SubmissionResult<string[]>;
  /** The message as typed, shown as the email will read. */
  preview?: { subject: string; body: string };
  /** The preview was emailed to the organizer. */
  tested?: boolean;
  /** A send without confirm=1: the page asks for the confirmation, naming how many. */
  confirm?: number;
};

export async function action({ request, params }: ActionFunctionArgs) {
  const organizer = await requireOrganizer(request, { territorial: true });
  await requireRecord(organizer, "petition", params.id, "petition.mailing");
  const petition = await loadPetition(params.id);
  const formData = await request.formData();
  const submission = parseWithZod(formData, { schema: MailingSchema });
  if (submission.status !== "success") return data<ActionResult>({ result: submission.reply() }, { status: 400 });
  const { intent, subject, body, confirm } = submission.value;
  const preview = { subject, body };
  const lang = await getLang(request);
  const tooSoon = (next: Date) =>
    data<ActionResult>(
      { result: submission.reply({ formErrors: [messageWithParams("errors.petitionMailing.tooSoon", { date: formatDateTime(lang, next) })] }), preview },
      { status: 409 },
    );
  const nobody = () => data<ActionResult>({ result: submission.reply({ formErrors: ["errors.petitionMailing.nobody"] }), preview }, { status: 409 });

  if (intent === "preview") return data<ActionResult>({ result: submission.reply(), preview });
  if (intent === "test") {
    await sendMailingPreview({ petitionId: petition.id, organizer, input: preview, lang });
    return data<ActionResult>({ result: submission.reply(), preview, tested: true });
  }
  if (!isConfirmed({ confirm })) {
    const overview = await mailingOverview({ petitionId: petition.id });
    if (overview.nextAllowedAt) return tooSoon(overview.nextAllowedAt);
    if (overview.reachable === 0) return nobody();
    return data<ActionResult>({ result: submission.reply(), preview, confirm: overview.reachable });
  }
  const sent = await createMailing({ petitionId: petition.id, organizerId: organizer.id, input: preview });
  if (!sent.ok) return sent.error === "too-soon" ? tooSoon(sent.nextAllowedAt) : nobody();
  return redirectWithNotice(`/admin/petitions/${petition.id}/message`, { key: "sent", count: sent.recipients });
}

export default function PetitionMailingPage() {
  const { petition, reachable, nextAllowedAt, mailings, sent: sentNow } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useT();
  const lang = useLang();
  const [form, fields] = useServerForm<typeof MailingSchema>(forms.petitionMailing, { id: "mailing", lastResult: actionData?.result });
  const sent = actionData ? null : sentNow;
  const preview = actionData?.preview;
  return (
    <>
      <p>
        <Link to={`/admin/petitions/${petition.id}`}>{t("admin.mailing.back")}</Link>
      </p>
      <h1>{t("admin.mailing.title")}</h1>
      <p>{petition.title}</p>
      {sent !== null ? (
        <p className="notice" role="status">
          {t("admin.mailing.done.sent", { count: sent })}
        </p>
      ) : null}
      {actionData?.tested ? (
        <p className="notice" role="status">
          {t("admin.mailing.done.test")}
        </p>
      ) : null}
      <p data-testid="mailing-reachable">{t("admin.mailing.intro", { count: reachable })}</p>
      {nextAllowedAt ? <p data-testid="mailing-next">{t("admin.mailing.next", { date: formatDateTime(lang, new Date(nextAllowedAt)) })}</p> : null}

      <Form method="post" {...getFormProps(form)} className="stack">
        <ErrorSummary formErrors={form.errors} fields={[fields.subject, fields.body]} />
        <TextField field={fields.subject} label={t("admin.mailing.subject")} />
        <TextAreaField field={fields.body} label={t("admin.mailing.body")} hint={t("admin.mailing.bodyHint")} rows={12} />
        <div className="button-row">
          <button type="submit" name="intent" value="preview" className="button-secondary">
            {t("admin.mailing.preview")}
          </button>
          <button type="submit" name="intent" value="test" className="button-secondary">
            {t("admin.mailing.sendTest")}
          </button>
          <button type="submit" name="intent" value="send">
            {t("admin.mailing.send")}
          </button>
        </div>
      </Form>

      {preview && actionData?.confirm ? (
        <ConfirmStep
          id="confirm-mailing"
          heading={t("admin.confirm.heading")}
          consequence={t("admin.mailing.confirm", { count: actionData.confirm })}
          fields={{ intent: "send", subject: preview.subject, body: preview.body }}
          confirmLabel={t("admin.mailing.confirmSubmit", { count: actionData.confirm })}
        />
      ) : null}
      {preview ? <MailingPreview subject={preview.subject} body={preview.body} petitionTitle={petition.title} /> : null}
      <MailingHistory mailings={mailings} />
    </>
  );
}
