import { parseWithZod } from "@conform-to/zod/v4";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { EventFacts } from "~/modules/events/components/event-facts";
import { RegistrationForm } from "~/modules/events/components/registration-form";
import { REGISTRATION_IDENTITY_DAYS } from "~/modules/events/privacy.server";
import { publicEvent, registerForEvent } from "~/modules/events/registration.server";
import { RegistrationSchema } from "~/modules/events/schema";
import { guardPublicForm, guardReply } from "~/utils/form-guard.server";
import { formatDateTime } from "~/utils/dates";
import { isLang, translator, useT, useTn } from "~/utils/i18n";
import { getLang } from "~/utils/lang.server";
import { shareable } from "~/utils/meta";
import { prose } from "~/utils/typography";

async function eventOr404(slug: string | undefined) {
  const event = await publicEvent(slug ?? "");
  if (!event) throw new Response("Not found", { status: 404 });
  return event;
}

export async function loader({ params }: LoaderFunctionArgs) {
  return { event: await eventOr404(params.slug), identityDays: REGISTRATION_IDENTITY_DAYS };
}

/** A shared link's preview says when and where before what: the date is what a reader acts on. */
export const meta: MetaFunction<typeof loader> = ({ data, matches }) => {
  if (!data) return [];
  const { event } = data;
  // The page's language, as the root loader found it (read here: a helper in utils/meta.ts would
  // weigh on every page's scripts).
  const rootLang = (matches.find((match) => match.id === "root")?.data as { lang?: unknown } | undefined)?.lang;
  const lang = isLang(rootLang) ? rootLang : "fr";
  const where = event.online ? translator(lang)("events.share.online") : event.commune?.name;
  const lead = [formatDateTime(lang, event.startsAt), where].filter(Boolean).join(" · ");
  return shareable(matches, { title: prose(event.title), description: prose(`${lead}. ${event.description}`.slice(0, 300)) });
};

export async function action({ params, request, context }: ActionFunctionArgs) {
  const event = await eventOr404(params.slug);
  const formData = await request.formData();
  const submission = parseWithZod(formData, { schema: RegistrationSchema });
  if (!event.open) return data({ result: submission.reply({ formErrors: ["events.errors.closed"] }) }, { status: 400 });
  const email = submission.status === "success" ? submission.value.email : null;
  const guard = await guardPublicForm({ request, context, formData, form: "event-registration", email });
  const stopped = guardReply(guard, {
    bot: () => redirect(`/agenda/${event.slug}/verification`),
    reply: (held) => ({ result: submission.reply(held) }),
  });
  if (stopped) return stopped;
  if (submission.status !== "success") return data({ result: submission.reply() }, { status: 400 });
  const registered = await registerForEvent({ eventId: event.id, input: submission.value, lang: await getLang(request) });
  if (!registered.ok) return data({ result: submission.reply({ formErrors: ["events.errors.closed"] }) }, { status: 400 });
  // The same page whether this address had registered before or not.
  return redirect(`/agenda/${event.slug}/verification`);
}

export default function EventPage() {
  const { event, identityDays } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useT();
  const tn = useTn();
  const past = new Date(event.endsAt) < new Date();
  return (
    <article className="narrow event-page">
      <h1>{prose(event.title)}</h1>
      {event.status === "CANCELLED" ? (
        <p role="status" className="notice notice-error">
          {t("events.page.cancelled")}
        </p>
      ) : past ? (
        <p role="status" className="notice">
          {t("events.page.past")}
        </p>
      ) : null}
      <EventFacts event={event} />
      <p>
        <a href={`/agenda/${event.slug}.ics`} download data-testid="event-ics">
          {t("events.page.calendar")}
        </a>
      </p>
      <div className="event-description">
        {event.description.split(/\n{2,}/).map((paragraph, index) => (
          <p key={index}>{paragraph}</p>
        ))}
      </div>
      {event.registration ? (
        <section aria-labelledby="registration-heading">
          <h2 id="registration-heading">{t("events.form.heading")}</h2>
          <p data-testid="event-seats">
            {tn("events.page.registered", event.confirmed)}
            {event.free === null ? ` · ${t("events.page.unlimited")}` : event.free > 0 ? ` · ${tn("events.page.free", event.free)}` : ""}
            {event.waiting ? ` · ${tn("events.page.waiting", event.waiting)}` : ""}
          </p>
          {event.free === 0 && event.open ? <p>{t("events.page.full")}</p> : null}
          {event.names.length ? (
            <p data-testid="event-names">
              {t("events.page.names")} {event.names.join(", ")}
            </p>
          ) : null}
          {event.open ? <RegistrationForm lastResult={actionData?.result} identityDays={identityDays} /> : null}
        </section>
      ) : event.status === "SCHEDULED" && !past ? (
        <p>{t("events.page.noRegistration")}</p>
      ) : null}
    </article>
  );
}
