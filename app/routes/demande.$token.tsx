import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useParams } from "@remix-run/react";
import type { ReactNode } from "react";
import { RequestStateBadge, useDay } from "~/components/document-requests";
import { FieldErrors, useErrorText } from "~/components/forms";
import { DOCUMENT_ACCEPT } from "~/components/report-form";
import { ANSWER_KINDS, COURT_STATES, OUTCOMES, REFERABLE_STATES } from "~/models/cada-clock";
import { mailtoLink } from "~/models/document-request-letter";
import { confirmDocumentRequest, getRequestForRequester, recordStep } from "~/models/document-request.server";
import { RequestStepSchema } from "~/schemas/document-request";
import { translator, useT } from "~/utils/i18n";
import { getLang } from "~/utils/lang.server";
import { pageTitle } from "~/utils/meta";
import { checkDocuments, MAX_DOCUMENTS, parseFormWithFiles } from "~/utils/uploads.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "requests.personal.pageTitle", [{ name: "robots", content: "noindex" }]);

export async function loader({ params }: LoaderFunctionArgs) {
  const request = await getRequestForRequester({ token: params.token ?? "" });
  if (!request) throw new Response("Not found", { status: 404 });
  return { request };
}

type StepErrors = { intent: string; fields: Record<string, string[]>; form?: string };

export async function action({ request, params }: ActionFunctionArgs) {
  const token = params.token ?? "";
  const { formData, files } = await parseFormWithFiles(request, "files");
  const intent = String(formData.get("intent") ?? "");
  if (intent === "confirm") {
    const result = await confirmDocumentRequest({ token });
    if (!result.ok) throw new Response("Not found", { status: 404 });
    return redirect(`/demande/${token}`);
  }
  const parsed = RequestStepSchema.safeParse(Object.fromEntries([...formData.entries()].filter(([, value]) => typeof value === "string")));
  const errors: StepErrors = { intent, fields: {} };
  if (!parsed.success) {
    for (const issue of parsed.error.issues) (errors.fields[String(issue.path[0] ?? "form")] ??= []).push(issue.message);
    return data(errors, { status: 400 });
  }
  const step = parsed.data;
  const takesFiles = step.intent === "answer" || step.intent === "outcome";
  const { accepted, problems } = checkDocuments(takesFiles ? files : []);
  if (problems.length > 0) {
    const t = translator(await getLang(request));
    errors.fields.files = problems.map(({ fileName, problem }) =>
      problem === "tooMany" ? t("reports.errors.tooManyFiles", { max: MAX_DOCUMENTS }) : t(`reports.errors.file.${problem}`, { name: fileName }),
    );
    return data(errors, { status: 400 });
  }
  const result = await recordStep({ token, step, files: accepted });
  if (!result.ok) {
    if (result.error === "requests.errors.unknown") throw new Response("Not found", { status: 404 });
    return data({ ...errors, form: result.error }, { status: 400 });
  }
  return redirect(`/demande/${token}${step.intent === "stop" ? "#rappels" : ""}`);
}

/** One step of the procedure: a form with a date (and more), its errors next to its fields. */
function StepForm({ intent, title, submit, today, children, files = false }: { intent: string; title: string; submit: string; today: string; children?: ReactNode; files?: boolean }) {
  const result = useActionData<typeof action>();
  const t = useT();
  const text = useErrorText();
  const errors = result && "intent" in result && result.intent === intent ? result : null;
  const id = (name: string) => `${intent}-${name}`;
  return (
    <Form method="post" encType={files ? "multipart/form-data" : undefined} className="stack">
      <h3>{title}</h3>
      {errors?.form ? (
        <p role="alert" className="notice notice-error">
          {text(errors.form)}
        </p>
      ) : null}
      <input type="hidden" name="intent" value={intent} />
      <div className="field">
        <label htmlFor={id("day")}>{t("requests.personal.day")}</label>
        <input id={id("day")} name="day" type="date" defaultValue={today} max={today} required aria-describedby={errors?.fields.day ? id("day-error") : undefined} />
        <FieldErrors id={id("day-error")} errors={errors?.fields.day} />
      </div>
      {children}
      {files ? (
        <div className="field">
          <label htmlFor={id("files")}>{t("requests.personal.files")}</label>
          <p className="hint" id={id("files-hint")}>
            {t("requests.personal.filesHint")}
          </p>
          <input id={id("files")} name="files" type="file" multiple accept={DOCUMENT_ACCEPT} aria-describedby={id("files-hint")} />
          <FieldErrors id={id("files-error")} errors={errors?.fields.files} />
        </div>
      ) : null}
      <button type="submit">{submit}</button>
    </Form>
  );
}

function Choice({ intent, name, options, label }: { intent: string; name: string; options: readonly string[]; label: (option: string) => string }) {
  const result = useActionData<typeof action>();
  const t = useT();
  const errors = result && "intent" in result && result.intent === intent ? result.fields[name] : undefined;
  return (
    <fieldset className="field" aria-describedby={errors ? `${intent}-${name}-error` : undefined}>
      <legend>{t(name === "answerKind" ? "requests.personal.answerKind" : "requests.personal.outcome")}</legend>
      {options.map((option) => (
        <div key={option} className="field checkbox">
          <input type="radio" id={`${intent}-${name}-${option}`} name={name} value={option} required />
          <label htmlFor={`${intent}-${name}-${option}`}>{label(option)}</label>
        </div>
      ))}
      <FieldErrors id={`${intent}-${name}-error`} errors={errors} />
    </fieldset>
  );
}

export default function PersonalRequestPage() {
  const { request } = useLoaderData<typeof loader>();
  const { token = "" } = useParams();
  const t = useT();
  const day = useDay();
  if (!request.confirmed) {
    return (
      <div className="narrow">
        <h1>{t("requests.personal.confirmHeading")}</h1>
        <p>{t("requests.personal.confirmIntro", { commune: request.commune.name })}</p>
        <Form method="post">
          <input type="hidden" name="intent" value="confirm" />
          <button type="submit">{t("requests.personal.confirm")}</button>
        </Form>
      </div>
    );
  }
  const { clock, dates, letter, referral, today } = request;
  const state = clock.state;
  const deadlines: [string, string | null][] = [
    [t("requests.personal.sentOn"), dates.sentOn],
    [t("requests.personal.answerDue"), clock.answerDue],
    [t("requests.personal.answeredOn"), dates.answeredOn],
    [t("requests.personal.referralDeadline"), dates.referredOn ? null : clock.referralDeadline],
    [t("requests.personal.referredOn"), dates.referredOn],
    [t("requests.personal.opinionDue"), dates.opinionOn ? null : clock.opinionDue],
    [t("requests.personal.opinionOn"), dates.opinionOn],
    [t("requests.personal.refusalConfirmedOn"), clock.refusalConfirmedOn],
    [t("requests.personal.courtDeadline"), dates.courtOn ? null : clock.courtDeadline],
  ];
  return (
    <div className="narrow">
      <h1>{t("requests.personal.heading", { commune: request.commune.name })}</h1>
      <p>
        <RequestStateBadge state={state} /> {t(`requests.personal.explain.${state}`)}
        {clock.daysOverdue > 0 ? ` ${t("requests.list.overdue", { days: clock.daysOverdue })}.` : ""}
      </p>
      <dl className="request-dates">
        {deadlines
          .filter((entry): entry is [string, string] => entry[1] !== null)
          .map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{day(value)}</dd>
            </div>
          ))}
      </dl>
      <p className="hint">{t("requests.personal.clockNote")}</p>

      <section aria-labelledby="letter-heading">
        <h2 id="letter-heading">{t("requests.personal.letter")}</h2>
        <p>{t("requests.personal.letterIntro")}</p>
        <p className="button-row">
          <a className="button" href={mailtoLink({ to: "", subject: letter.subject, body: letter.body })}>
            {t("requests.personal.mailto")}
          </a>
          <a href={`/demande/${encodeURIComponent(token)}/lettre.pdf`} data-pdf="letter">
            {t("requests.personal.pdf")}
          </a>
        </p>
        <p>
          <strong>{t("requests.personal.subject")}</strong> {letter.subject}
        </p>
        <div className="field stack">
          <label htmlFor="letter-copy">{t("requests.personal.copy")}</label>
          <textarea id="letter-copy" className="letter-copy" readOnly rows={14} defaultValue={letter.body} />
        </div>
      </section>

      <section aria-labelledby="steps-heading" className="request-steps">
        <h2 id="steps-heading">{t("requests.personal.steps")}</h2>
        {!dates.answeredOn && !dates.referredOn ? (
          <StepForm intent="sent" title={t(dates.sentOn ? "requests.personal.sentAgain" : "requests.personal.sent")} submit={t("requests.personal.sentSubmit")} today={today} />
        ) : null}
        {dates.sentOn && !dates.answeredOn && !dates.referredOn ? (
          <StepForm intent="answer" title={t("requests.personal.answer")} submit={t("requests.personal.answerSubmit")} today={today} files>
            <Choice intent="answer" name="answerKind" options={ANSWER_KINDS} label={(option) => t(`requests.answer.${option as (typeof ANSWER_KINDS)[number]}`)} />
          </StepForm>
        ) : null}
        {referral && REFERABLE_STATES.includes(state) ? (
          <section aria-labelledby="referral-heading">
            <h3 id="referral-heading">{t("requests.personal.referral")}</h3>
            <p>{t("requests.personal.referralIntro", { date: clock.referralDeadline ? day(clock.referralDeadline) : "" })}</p>
            <p>
              <a href={`/demande/${encodeURIComponent(token)}/saisine.pdf`}>{t("requests.personal.referralPdf")}</a>
            </p>
            <div className="field stack">
              <label htmlFor="referral-copy">{t("requests.personal.referralCopy")}</label>
              <textarea id="referral-copy" className="letter-copy" readOnly rows={14} defaultValue={`${referral.subject}\n\n${referral.body}`} />
            </div>
            <StepForm intent="referral" title={t("requests.personal.referred")} submit={t("requests.personal.referredSubmit")} today={today} />
          </section>
        ) : null}
        {dates.referredOn && !dates.opinionOn && !dates.outcome ? (
          <StepForm intent="opinion" title={t("requests.personal.opinion")} submit={t("requests.personal.opinionSubmit")} today={today} />
        ) : null}
        {dates.referredOn && !dates.outcome && !dates.courtOn ? (
          <StepForm intent="outcome" title={t("requests.personal.outcomeTitle")} submit={t("requests.personal.outcomeSubmit")} today={today} files>
            <Choice intent="outcome" name="outcome" options={OUTCOMES} label={(option) => t(`requests.outcome.${option as (typeof OUTCOMES)[number]}`)} />
          </StepForm>
        ) : null}
        {COURT_STATES.includes(state) ? (
          <StepForm intent="court" title={t("requests.personal.court")} submit={t("requests.personal.courtSubmit")} today={today} />
        ) : null}
      </section>

      {request.files.length > 0 ? (
        <section aria-labelledby="files-heading">
          <h2 id="files-heading">{t("requests.personal.filesHeading")}</h2>
          <ul>
            {request.files.map((file) => (
              <li key={file.id}>
                {file.fileName} — {t(`requests.fileStatus.${file.status}`)}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="rappels" className="panel">
        <h2 id="rappels">{t("requests.personal.reminders")}</h2>
        {request.remindersStopped ? (
          <p role="status">{t("requests.personal.remindersStopped")}</p>
        ) : (
          <Form method="post">
            <p>{t("requests.personal.remindersOn")}</p>
            <input type="hidden" name="intent" value="stop" />
            <button type="submit">{t("requests.personal.stop")}</button>
          </Form>
        )}
      </section>
      <p>
        <Link to={`/villes/${request.commune.slug}`}>{t("requests.personal.cityLink", { commune: request.commune.name })}</Link>
      </p>
    </div>
  );
}

