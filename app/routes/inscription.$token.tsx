import { parseWithZod } from "@conform-to/zod/v4";
import { data, type ActionFunctionArgs, type HeadersFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { UnknownLinkPage } from "~/components/unknown-link-page";
import { ConfirmStep } from "~/components/confirm-step";
import { FieldErrors } from "~/components/forms";
import { EventFacts } from "~/modules/events/components/event-facts";
import { EventNotice } from "~/modules/events/components/notice";
import { cancelRegistration, confirmRegistration, registrationForToken, updateRegistration } from "~/modules/events/registration.server";
import { RegistrationActionSchema } from "~/modules/events/schema";
import { isConfirmed } from "~/schemas/confirm";
import { redirectWithNotice, takeNotice } from "~/utils/flash.server";
import { useT } from "~/utils/i18n";
import { pageTitle } from "~/utils/meta";
import { prose } from "~/utils/typography";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "events.personal.title", { noindex: true });

/** A personal page: never stored by a browser or a proxy. */
const PRIVATE = { "Cache-Control": "no-store" };
export const headers: HeadersFunction = () => PRIVATE;

/** An unknown, erased or forged link: a page that says so, with a 404. */
const unknownLink = () => data({ state: "unknown" as const }, { status: 404, headers: PRIVATE });

/** Opening the link changes nothing (mail scanners open links): the buttons confirm and cancel. */
export async function loader({ params, request }: LoaderFunctionArgs) {
  const registration = await registrationForToken(params.token ?? "");
  if (!registration) return unknownLink();
  const { notice, headers } = await takeNotice(request);
  headers.set("Cache-Control", "no-store");
  return data({ state: "found" as const, registration, notice }, { headers });
}

export async function action({ params, request }: ActionFunctionArgs) {
  const token = params.token ?? "";
  const submission = parseWithZod(await request.formData(), { schema: RegistrationActionSchema });
  if (submission.status !== "success") return data({ result: submission.reply() }, { status: 400, headers: PRIVATE });
  const here = `/inscription/${encodeURIComponent(token)}`;
  if (submission.value.intent === "confirm") {
    const confirmed = await confirmRegistration({ token });
    if (!confirmed.ok) return confirmed.error === "unknown" ? unknownLink() : data({ closed: true as const }, { status: 400, headers: PRIVATE });
    return redirectWithNotice(here, { key: confirmed.status === "WAITING" ? "events.notice.waiting" : "events.notice.confirmed" });
  }
  if (submission.value.intent === "update") {
    if (!(await updateRegistration({ token, name: submission.value.name, showName: submission.value.showName }))) return unknownLink();
    return redirectWithNotice(here, { key: "events.notice.saved" });
  }
  if (!isConfirmed(submission.value)) return data({ confirmCancel: true as const }, { headers: PRIVATE });
  const cancelled = await cancelRegistration({ token });
  if (!cancelled.ok) return unknownLink();
  return redirectWithNotice(here, { key: "events.notice.cancelled" });
}

export default function RegistrationPage() {
  const loaded = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useT();
  if (loaded.state === "unknown" || (actionData && "state" in actionData)) {
    return <UnknownLinkPage title="events.personal.unknownTitle" text="events.personal.unknown" />;
  }
  const { registration } = loaded;
  const { event } = registration;
  const result = actionData && "result" in actionData ? actionData.result : null;
  const nameErrors = result?.error?.name ?? undefined;
  const active = registration.status !== "CANCELLED" && event.upcoming;
  return (
    <div className="narrow">
      <h1>{t("events.personal.title")}</h1>
      <EventNotice notice={actionData ? null : loaded.notice} />
      <p>
        <Link to={`/agenda/${event.slug}`}>{prose(event.title)}</Link>
      </p>
      {event.status === "CANCELLED" ? (
        <p role="status" className="notice notice-error">
          {t("events.page.cancelled")}
        </p>
      ) : null}
      {actionData && "closed" in actionData ? (
        <p role="alert" className="notice notice-error">
          {t("events.personal.closed")}
        </p>
      ) : null}
      <p data-testid="registration-status">
        {registration.status === "WAITING"
          ? t("events.personal.statusWAITING", { position: registration.position ?? 1 })
          : t(`events.personal.status${registration.status}`)}
      </p>
      {registration.status === "PENDING" && active ? (
        <Form method="post">
          <input type="hidden" name="intent" value="confirm" />
          <button type="submit">{t("events.personal.confirm")}</button>
        </Form>
      ) : null}
      <EventFacts event={event} />
      {event.onlineUrl ? (
        <p data-testid="online-link">
          {t("events.personal.onlineLink")}{" "}
          <a href={event.onlineUrl} rel="noopener noreferrer">
            {event.onlineUrl}
          </a>
        </p>
      ) : null}
      <p>
        <a href={`/agenda/${event.slug}.ics`} download>
          {t("events.page.calendar")}
        </a>
      </p>
      {active ? (
        <>
          <section aria-labelledby="name-heading">
            <h2 id="name-heading">{t("events.personal.changeHeading")}</h2>
            <Form method="post" className="stack">
              <input type="hidden" name="intent" value="update" />
              <div className="field">
                <label htmlFor="registration-name">{t("events.form.name")}</label>
                <input
                  id="registration-name"
                  name="name"
                  defaultValue={registration.name}
                  maxLength={100}
                  required
                  aria-invalid={nameErrors ? true : undefined}
                  aria-describedby={nameErrors ? "registration-name-error" : undefined}
                />
                <FieldErrors id="registration-name-error" errors={nameErrors} />
              </div>
              <div className="field checkbox">
                <input id="registration-show-name" type="checkbox" name="showName" defaultChecked={registration.showName} />
                <label htmlFor="registration-show-name">{t("events.form.showName")}</label>
              </div>
              <button type="submit">{t("events.personal.save")}</button>
            </Form>
          </section>
          <section aria-labelledby="cancel-heading">
            <h2 id="cancel-heading">{t("events.personal.cancelHeading")}</h2>
            <p>{t("events.personal.cancelText")}</p>
            {actionData && "confirmCancel" in actionData ? (
              <ConfirmStep
                id="confirm-cancel"
                heading={t("events.personal.cancelConfirmHeading")}
                consequence={t("events.personal.cancelConfirmText")}
                fields={{ intent: "cancel" }}
                confirmLabel={t("events.personal.cancelConfirm")}
              />
            ) : (
              <Form method="post">
                <input type="hidden" name="intent" value="cancel" />
                <button type="submit" className="button-secondary">
                  {t("events.personal.cancel")}
                </button>
              </Form>
            )}
          </section>
        </>
      ) : null}
    </div>
  );
}
