import { Link } from "@remix-run/react";
import { useDates } from "~/utils/dates";
import { parisWallClock } from "~/utils/paris-time";
import { useT } from "~/utils/i18n";
import type { EventKindValue } from "../schema";

/** What, when, where and who: the same block on the public page and the personal page. */
export function EventFacts({
  event,
}: {
  event: {
    kind: EventKindValue;
    startsAt: string | Date;
    endsAt: string | Date;
    address: string | null;
    online: boolean;
    commune: { name: string; slug: string } | null;
    group: { name: string; slug: string } | null;
  };
}) {
  const t = useT();
  const dates = useDates();
  const start = parisWallClock(new Date(event.startsAt));
  const end = parisWallClock(new Date(event.endsAt));
  return (
    <dl className="facts" data-testid="event-facts">
      <dt>{t("admin.events.fieldKind")}</dt>
      <dd>{t(`events.kind.${event.kind}`)}</dd>
      <dt>{t("events.page.when")}</dt>
      <dd>
        {start.day === end.day
          ? t("events.page.whenSameDay", { day: dates.date(event.startsAt), start: start.time, end: end.time })
          : t("events.page.whenValue", { start: dates.dateTime(event.startsAt), end: dates.dateTime(event.endsAt) })}
      </dd>
      <dt>{t("events.page.where")}</dt>
      <dd>
        {event.online ? (
          t("events.page.online")
        ) : (
          <>
            {event.address}
            {event.commune ? (
              <>
                {", "}
                <Link to={`/villes/${event.commune.slug}`}>{event.commune.name}</Link>
              </>
            ) : null}
          </>
        )}
      </dd>
      <dt>{t("events.page.group")}</dt>
      <dd>{event.group ? <Link to={`/groupes/${event.group.slug}`}>{event.group.name}</Link> : t("events.page.national")}</dd>
    </dl>
  );
}
