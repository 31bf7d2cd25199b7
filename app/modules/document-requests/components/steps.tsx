import { Form, useActionData } from "@remix-run/react";
import type { ReactNode } from "react";
import { ErrorSummary, FieldErrors } from "~/components/forms";
import { DOCUMENT_ACCEPT } from "~/components/document-accept";
import { ANSWER_KINDS, COURT_STATES, OUTCOMES, REFERABLE_STATES, type RequestDates, type RequestState } from "../clock";
import { useT } from "~/utils/i18n";

/** What a step's action returns on a mistake (../steps.server.ts). */
type StepErrors = { intent: string; fields: Record<string, string[]>; form?: string };

function useStepErrors(intent: string): StepErrors | null {
  const result: unknown = useActionData();
  if (!result || typeof result !== "object" || !("intent" in result) || !("fields" in result)) return null;
  const errors = result as StepErrors;
  return errors.intent === intent ? errors : null;
}

/** One step of the procedure: a form with a date (and more), its errors next to its fields. */
export function StepForm({
  intent,
  title,
  submit,
  today,
  children,
  files = false,
}: {
  intent: string;
  title: string;
  submit: string;
  today: string;
  children?: ReactNode;
  files?: boolean;
}) {
  const t = useT();
  const errors = useStepErrors(intent);
  const id = (name: string) => `${intent}-${name}`;
  // A choice's errors link to its first option; every other field's to its input.
  const first: Record<string, string> = { answerKind: ANSWER_KINDS[0], outcome: OUTCOMES[0] };
  const summaryFields = Object.entries(errors?.fields ?? {}).map(([name, list]) => ({
    name,
    errors: list,
    id: first[name] ? id(`${name}-${first[name]}`) : id(name),
  }));
  return (
    <Form method="post" encType={files ? "multipart/form-data" : undefined} className="stack">
      <h3>{title}</h3>
      <ErrorSummary formErrors={errors?.form ? [errors.form] : undefined} fields={summaryFields} />
      <input type="hidden" name="intent" value={intent} />
      <div className="field">
        <label htmlFor={id("day")}>{t("documentRequests.personal.day")}</label>
        <input
          id={id("day")}
          name="day"
          type="date"
          defaultValue={today}
          max={today}
          required
          aria-describedby={errors?.fields.day ? id("day-error") : undefined}
        />
        <FieldErrors id={id("day-error")} errors={errors?.fields.day} />
      </div>
      {children}
      {files ? (
        <div className="field">
          <label htmlFor={id("files")}>{t("documentRequests.personal.files")}</label>
          <p className="hint" id={id("files-hint")}>
            {t("documentRequests.personal.filesHint")}
          </p>
          <input
            id={id("files")}
            name="files"
            type="file"
            multiple
            accept={DOCUMENT_ACCEPT}
            aria-describedby={errors?.fields.files ? `${id("files-hint")} ${id("files-error")}` : id("files-hint")}
          />
          <FieldErrors id={id("files-error")} errors={errors?.fields.files} />
        </div>
      ) : null}
      <button type="submit">{submit}</button>
    </Form>
  );
}

/** The CADA opinion's number (optional): the court application draft quotes it. */
function OpinionReference() {
  const t = useT();
  const errors = useStepErrors("opinion")?.fields.reference;
  return (
    <div className="field">
      <label htmlFor="opinion-reference">{t("documentRequests.personal.opinionReference")}</label>
      <p className="hint" id="opinion-reference-hint">
        {t("documentRequests.personal.opinionReferenceHint")}
      </p>
      <input
        id="opinion-reference"
        name="reference"
        type="text"
        maxLength={60}
        autoComplete="off"
        aria-describedby={errors ? "opinion-reference-hint opinion-reference-error" : "opinion-reference-hint"}
      />
      <FieldErrors id="opinion-reference-error" errors={errors} />
    </div>
  );
}

function Choice({
  intent,
  name,
  options,
  label,
}: {
  intent: string;
  name: "answerKind" | "outcome";
  options: readonly string[];
  label: (option: string) => string;
}) {
  const t = useT();
  const errors = useStepErrors(intent)?.fields[name];
  return (
    <fieldset className="field" aria-describedby={errors ? `${intent}-${name}-error` : undefined}>
      <legend>{t(name === "answerKind" ? "documentRequests.personal.answerKind" : "documentRequests.personal.outcome")}</legend>
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

/**
 * The steps that can be recorded now, in the order of the procedure: sent, the commune's answer
 * (answered / partly / refused), the CADA referral, its opinion, the outcome (communicated or
 * refused), the court. `referral` replaces the plain referral form (the requester's page shows
 * the pre-filled referral around it).
 */
export function RequestStepForms({ dates, state, today, referral }: { dates: RequestDates; state: RequestState; today: string; referral?: ReactNode }) {
  const t = useT();
  return (
    <>
      {!dates.answeredOn && !dates.referredOn ? (
        <StepForm
          intent="sent"
          title={t(dates.sentOn ? "documentRequests.personal.sentAgain" : "documentRequests.personal.sent")}
          submit={t("documentRequests.personal.sentSubmit")}
          today={today}
        />
      ) : null}
      {dates.sentOn && !dates.answeredOn && !dates.referredOn ? (
        <StepForm intent="answer" title={t("documentRequests.personal.answer")} submit={t("documentRequests.personal.answerSubmit")} today={today} files>
          <Choice
            intent="answer"
            name="answerKind"
            options={ANSWER_KINDS}
            label={(option) => t(`documentRequests.answer.${option as (typeof ANSWER_KINDS)[number]}`)}
          />
        </StepForm>
      ) : null}
      {REFERABLE_STATES.includes(state)
        ? (referral ?? (
            <StepForm intent="referral" title={t("documentRequests.personal.referred")} submit={t("documentRequests.personal.referredSubmit")} today={today} />
          ))
        : null}
      {dates.referredOn && !dates.opinionOn && !dates.outcome ? (
        <StepForm intent="opinion" title={t("documentRequests.personal.opinion")} submit={t("documentRequests.personal.opinionSubmit")} today={today}>
          <OpinionReference />
        </StepForm>
      ) : null}
      {dates.referredOn && !dates.outcome && !dates.courtOn ? (
        <StepForm
          intent="outcome"
          title={t("documentRequests.personal.outcomeTitle")}
          submit={t("documentRequests.personal.outcomeSubmit")}
          today={today}
          files
        >
          <Choice intent="outcome" name="outcome" options={OUTCOMES} label={(option) => t(`documentRequests.outcome.${option as (typeof OUTCOMES)[number]}`)} />
        </StepForm>
      ) : null}
      {COURT_STATES.includes(state) ? (
        <StepForm intent="court" title={t("documentRequests.personal.court")} submit={t("documentRequests.personal.courtSubmit")} today={today} />
      ) : null}
    </>
  );
}
