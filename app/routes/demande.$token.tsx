import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData, useParams } from "@remix-run/react";
import { RequestStepForms, StepForm } from "~/modules/document-requests/components/steps";
import { CopyText } from "~/modules/document-requests/components/copy-text";
import { CourtApplicationSection } from "~/modules/court-applications/components/court-application";
import { draftSummary, getCourtApplication } from "~/modules/court-applications/court.server";
import { ObtainedFiles, RequestDatesList, RequestStanding } from "~/modules/document-requests/components/requests";
import { mailtoLink } from "~/modules/document-requests/letter";
import { confirmDocumentRequest, getRequestForRequester, recordStep } from "~/modules/document-requests/request.server";
import { readStepSubmission } from "~/modules/document-requests/steps.server";
import { useT } from "~/utils/i18n";
import { getLang } from "~/utils/lang.server";
import { pageTitle } from "~/utils/meta";
import { useDay } from "~/utils/dates";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "documentRequests.personal.pageTitle", { noindex: true });

export async function loader({ params }: LoaderFunctionArgs) {
  const request = await getRequestForRequester({ token: params.token ?? "" });
  if (!request) throw new Response("Not found", { status: 404 });
  const court = await getCourtApplication({ token: params.token ?? "" });
  return { request, court: court ? draftSummary(court.draft) : null };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const token = params.token ?? "";
  const submission = await readStepSubmission(request, await getLang(request));
  if (submission.intent === "confirm") {
    const result = await confirmDocumentRequest({ token });
    if (!result.ok) throw new Response("Not found", { status: 404 });
    return redirect(`/demande/${token}`);
  }
  if (!submission.ok) return data(submission.errors, { status: 400 });
  const result = await recordStep({ token, step: submission.step, files: submission.files });
  if (!result.ok) {
    if (result.error === "documentRequests.errors.unknown") throw new Response("Not found", { status: 404 });
    return data({ intent: submission.intent, fields: {}, form: result.error }, { status: 400 });
  }
  return redirect(`/demande/${token}${submission.step.intent === "stop" ? "#rappels" : ""}`);
}

export default function PersonalRequestPage() {
  const { request, court } = useLoaderData<typeof loader>();
  const { token = "" } = useParams();
  const t = useT();
  const day = useDay();
  if (!request.confirmed) {
    return (
      <div className="narrow">
        <h1>{t("documentRequests.personal.confirmHeading")}</h1>
        <p>{t("documentRequests.personal.confirmIntro", { commune: request.commune.name })}</p>
        <Form method="post">
          <input type="hidden" name="intent" value="confirm" />
          <button type="submit">{t("documentRequests.personal.confirm")}</button>
        </Form>
      </div>
    );
  }
  const { clock, dates, letter, referral, today } = request;
  const state = clock.state;
  const mailto = mailtoLink({ to: "", ...letter });
  return (
    <div className="narrow">
      <h1>{t("documentRequests.personal.heading", { commune: request.commune.name })}</h1>
      <RequestStanding clock={clock} />
      <RequestDatesList clock={clock} dates={dates} />
      <p className="hint">{t("documentRequests.personal.clockNote")}</p>
      <p>
        <a href={`/demande/${encodeURIComponent(token)}/echeances.ics`} download="echeances.ics" rel="nofollow">
          {t("calendar.deadlines.link")}
        </a>
      </p>

      {court ? <CourtApplicationSection token={token} court={court} /> : null}

      <section aria-labelledby="letter-heading">
        <h2 id="letter-heading">{t("documentRequests.personal.letter")}</h2>
        <p>{t("documentRequests.personal.letterIntro")}</p>
        <p className="button-row">
          <a className="button" href={mailto.href}>
            {t("documentRequests.personal.mailto")}
          </a>
          <a href={`/demande/${encodeURIComponent(token)}/courrier.pdf`} data-pdf="letter">
            {t("documentRequests.personal.pdf")}
          </a>
        </p>
        <p>
          <strong>{t("documentRequests.personal.subject")}</strong> {letter.subject}
        </p>
        {/* Mail clients cut a long mailto: link: the link then opens a short note, and the letter is pasted from here. */}
        {mailto.complete ? null : <p className="hint">{t("documentRequests.personal.mailtoShort")}</p>}
        <CopyText id="letter-copy" label={t("documentRequests.personal.copy")} text={letter.body} button={t("documentRequests.personal.copyLetter")} />
      </section>

      <section aria-labelledby="steps-heading" className="request-steps">
        <h2 id="steps-heading">{t("documentRequests.personal.steps")}</h2>
        <RequestStepForms
          dates={dates}
          state={state}
          today={today}
          referral={
            referral ? (
              <section aria-labelledby="referral-heading">
                <h3 id="referral-heading">{t("documentRequests.personal.referral")}</h3>
                <p>{t("documentRequests.personal.referralIntro", { date: clock.referralDeadline ? day(clock.referralDeadline) : "" })}</p>
                <p>
                  <a href={`/demande/${encodeURIComponent(token)}/saisine.pdf`}>{t("documentRequests.personal.referralPdf")}</a>
                </p>
                <CopyText
                  id="referral-copy"
                  label={t("documentRequests.personal.referralCopy")}
                  text={`${referral.subject}\n\n${referral.body}`}
                  button={t("documentRequests.personal.copyReferral")}
                />
                <StepForm
                  intent="referral"
                  title={t("documentRequests.personal.referred")}
                  submit={t("documentRequests.personal.referredSubmit")}
                  today={today}
                />
              </section>
            ) : undefined
          }
        />
      </section>

      {request.files.length > 0 ? (
        <section aria-labelledby="files-heading">
          <h2 id="files-heading">{t("documentRequests.personal.filesHeading")}</h2>
          <ObtainedFiles files={request.files} linked={false} />
        </section>
      ) : null}

      <section aria-labelledby="rappels" className="panel">
        <h2 id="rappels">{t("documentRequests.personal.reminders")}</h2>
        {request.remindersStopped ? (
          <p role="status">{t("documentRequests.personal.remindersStopped")}</p>
        ) : (
          <Form method="post">
            <p>{t("documentRequests.personal.remindersOn")}</p>
            <input type="hidden" name="intent" value="stop" />
            <button type="submit">{t("documentRequests.personal.stop")}</button>
          </Form>
        )}
      </section>
      <p>
        <Link to={`/villes/${request.commune.slug}`}>{t("documentRequests.personal.cityLink", { commune: request.commune.name })}</Link>
      </p>
    </div>
  );
}
