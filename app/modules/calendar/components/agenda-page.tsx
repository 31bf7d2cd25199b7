// /agenda: the campaign's upcoming dates, filtered by a GET form that works without JavaScript,
// grouped by month (in Paris), each linking to its page and its ICS file.
import { Form, Link } from "@remix-run/react";
import { FieldErrors } from "~/components/forms";
import { TIME_ZONE, useDates } from "~/utils/dates";
import { useLang, useT } from "~/utils/i18n";
import { colon } from "~/utils/typography";
import { EVENT_KINDS } from "~/modules/events/kinds";
import type { AGENDA_PARAMS, EventKindName } from "../schema";
import { prose } from "~/utils/typography";

export type AgendaItem = {
  slug: string;
  kind: EventKindName;
  title: string;
  startsAt: string | Date;
  endsAt: string | Date;
  place: string;
  group: { slug: string; name: string } | null;
};
type Param = (typeof AGENDA_PARAMS)[number];

const monthFormats = {
  fr: new Intl.DateTimeFormat("fr-FR", { month: "long", year: "numeric", timeZone: TIME_ZONE }),
  en: new Intl.DateTimeFormat("en-GB", { month: "long", year: "numeric", timeZone: TIME_ZONE }),
};

/** "Janvier 2027": the month a date falls in, in Paris. */
function monthKey(value: string | Date, lang: "fr" | "en") {
  const label = monthFormats[lang].format(new Date(value));
  return label.charAt(0).toUpperCase() + label.slice(1);
}

export function AgendaPage({ events, values, errors }: { events: AgendaItem[]; values: Record<Param, string>; errors: Partial<Record<Param, string>> }) {
  const t = useT();
  const lang = useLang();
  const dates = useDates();
  const months: { label: string; events: AgendaItem[] }[] = [];
  for (const event of events) {
    const label = monthKey(event.startsAt, lang);
    if (months.at(-1)?.label !== label) months.push({ label, events: [] });
    months.at(-1)!.events.push(event);
  }
  const described = (name: Param, hint?: string) => [hint, errors[name] ? `agenda-${name}-error` : undefined].filter(Boolean).join(" ") || undefined;
  return (
    <>
      <h1>{t("calendar.agenda.title")}</h1>
      <p className="lead">{t("calendar.agenda.intro")}</p>
      <Form method="get" className="filters" aria-label={t("calendar.agenda.filters")}>
        <div className="field">
          <label htmlFor="agenda-departement">{t("calendar.agenda.department")}</label>
          <p className="hint" id="agenda-departement-hint">
            {t("calendar.agenda.departmentHint")}
          </p>
          <input
            id="agenda-departement"
            name="departement"
            defaultValue={values.departement}
            maxLength={3}
            size={4}
            aria-invalid={errors.departement ? true : undefined}
            aria-describedby={described("departement", "agenda-departement-hint")}
          />
          <FieldErrors id="agenda-departement-error" errors={errors.departement ? [errors.departement] : undefined} />
        </div>
        <div className="field">
          <label htmlFor="agenda-type">{t("calendar.agenda.kind")}</label>
          <select id="agenda-type" name="type" defaultValue={values.type} aria-invalid={errors.type ? true : undefined} aria-describedby={described("type")}>
            <option value="">{t("calendar.agenda.anyKind")}</option>
            {EVENT_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`calendar.kind.${kind}`)}
              </option>
            ))}
          </select>
          <FieldErrors id="agenda-type-error" errors={errors.type ? [errors.type] : undefined} />
        </div>
        {(["du", "au"] as const).map((name) => (
          <div className="field" key={name}>
            <label htmlFor={`agenda-${name}`}>{t(name === "du" ? "calendar.agenda.from" : "calendar.agenda.to")}</label>
            <input
              id={`agenda-${name}`}
              name={name}
              type="date"
              min="2000-01-01"
              max="2100-12-31"
              // A date input cannot hold a date that does not exist (31 February, from an edited
              // address): the field is left empty and its message says why.
              defaultValue={errors[name] ? undefined : values[name]}
              aria-invalid={errors[name] ? true : undefined}
              aria-describedby={described(name)}
            />
            <FieldErrors id={`agenda-${name}-error`} errors={errors[name] ? [errors[name]] : undefined} />
          </div>
        ))}
        <button type="submit">{t("calendar.agenda.filter")}</button>
        <Link to="/agenda">{t("calendar.agenda.reset")}</Link>
      </Form>
      <p role="status" data-testid="agenda-count">
        {events.length === 0 ? t("calendar.agenda.empty") : t("calendar.agenda.count", { count: events.length })}
      </p>
      {months.map((month, index) => (
        <section key={month.label} aria-labelledby={`agenda-month-${index}`} className="agenda-month">
          <h2 id={`agenda-month-${index}`}>{month.label}</h2>
          <ul className="agenda-list">
            {month.events.map((event) => (
              <li key={event.slug} className="agenda-event" data-testid="agenda-event">
                <h3>
                  <Link to={`/agenda/${event.slug}`}>{prose(event.title)}</Link>
                </h3>
                <p>
                  <time dateTime={new Date(event.startsAt).toISOString()}>{dates.dateTime(event.startsAt)}</time> · {t(`calendar.kind.${event.kind}`)}
                </p>
                <p>
                  {t("calendar.agenda.where")}
                  {colon(lang)} {event.place}
                  {event.group ? (
                    <>
                      {" "}
                      · <Link to={`/groupes/${event.group.slug}`}>{event.group.name}</Link>
                    </>
                  ) : null}
                </p>
                <p>
                  <a href={`/agenda/${event.slug}.ics`} download>
                    {t("calendar.agenda.addToCalendar")}
                    <span className="visually-hidden">
                      {colon(lang)} {prose(event.title)}
                    </span>
                  </a>
                </p>
              </li>
            ))}
          </ul>
        </section>
      ))}
      <section aria-labelledby="agenda-feeds" className="panel">
        <h2 id="agenda-feeds">{t("calendar.agenda.feeds")}</h2>
        <ul>
          <li>
            <a href="/agenda.ics">{t("calendar.agenda.ics")}</a>
          </li>
          <li>
            <a href="/agenda.atom">{t("calendar.agenda.atom")}</a>
          </li>
          <li>
            <a href="/agenda.json">{t("calendar.agenda.json")}</a>
          </li>
        </ul>
      </section>
    </>
  );
}
