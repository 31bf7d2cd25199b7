// A commune page's next dates (/villes/<slug>): a short list and its calendar feed.
import { Link } from "@remix-run/react";
import { useDates } from "~/utils/dates";
import { useT } from "~/utils/i18n";
import { prose } from "~/utils/typography";
import type { EventKindName } from "../schema";

export type CommuneEvent = { slug: string; title: string; kind: EventKindName; startsAt: string | Date };

export function CommuneEvents({ communeName, communeSlug, events }: { communeName: string; communeSlug: string; events: CommuneEvent[] }) {
  const t = useT();
  const dates = useDates();
  return (
    <section aria-labelledby="commune-events-heading" className="panel">
      <h2 id="commune-events-heading">{t("calendar.commune.heading")}</h2>
      {events.length ? (
        <ul>
          {events.map((event) => (
            <li key={event.slug}>
              <time dateTime={new Date(event.startsAt).toISOString()}>{dates.dateTime(event.startsAt, "medium")}</time> —{" "}
              <Link to={`/agenda/${event.slug}`}>{prose(event.title)}</Link> ({t(`calendar.kind.${event.kind}`)})
            </li>
          ))}
        </ul>
      ) : (
        <p>{t("calendar.commune.empty")}</p>
      )}
      <p>
        <a href={`/villes/${communeSlug}/agenda.ics`}>{t("calendar.commune.ics", { commune: communeName })}</a> ·{" "}
        <Link to="/agenda">{t("calendar.commune.all")}</Link>
      </p>
    </section>
  );
}
