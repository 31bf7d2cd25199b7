// A document request's deadlines (app/modules/document-requests/clock.ts) as a private calendar:
// the requester's own link, whole days (a deadline of French law ends at midnight in Paris of
// its last day). A moved deadline is a new event (its day is part of its UID), so a subscribed
// calendar drops the old one at its next refresh.
import { getRequestForRequester } from "~/modules/document-requests/request.server";
import { env } from "~/utils/env.server";
import { translator, type Lang } from "~/utils/i18n";
import { writeCalendar, type IcsEvent } from "~/utils/ics.server";

const DEADLINES = ["answerDue", "referralDeadline", "opinionDue", "courtDeadline"] as const;

export async function requestDeadlinesCalendar({ token, lang, now = new Date() }: { token: string; lang: Lang; now?: Date }): Promise<string | null> {
  const request = await getRequestForRequester({ token, now });
  if (!request || !request.confirmed) return null;
  const t = translator(lang);
  const url = `${env().PUBLIC_URL}/demande/${encodeURIComponent(token)}`;
  const commune = request.commune.name;
  const events: IcsEvent[] = DEADLINES.flatMap((name) => {
    const day = request.clock[name];
    if (!day) return [];
    return [
      {
        uid: `${request.id}-${name}-${day}@technopolice`,
        sequence: 0,
        start: { day },
        summary: t(`calendar.deadlines.${name}`, { commune }),
        description: t("calendar.deadlines.description", { url }),
        url,
      },
    ];
  });
  return writeCalendar({ name: t("calendar.deadlines.name", { commune }), events, now });
}
