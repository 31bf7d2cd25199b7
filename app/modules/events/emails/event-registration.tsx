import { Button } from "@react-email/button";
import { Link } from "@react-email/link";
import { Text } from "@react-email/text";
import { z } from "zod";
import { formatDateTime } from "~/utils/dates";
import type { Lang, Translate } from "~/utils/i18n";
import { button, EmailLayout, FallbackLink, longLink, paragraph } from "../../../../emails/layout";

export const EVENT_EMAIL_VARIANTS = ["confirm", "again", "registered", "waiting", "moved-up", "reminder", "changed", "cancelled"] as const;

export const eventRegistrationProps = z.object({
  variant: z.enum(EVENT_EMAIL_VARIANTS),
  /** The personal page: confirm, see the status, change the name, cancel. */
  url: z.url(),
  eventTitle: z.string(),
  startsAt: z.iso.datetime(),
  endsAt: z.iso.datetime(),
  /** Address and commune; null online. */
  place: z.string().nullable(),
  eventUrl: z.url(),
  icsUrl: z.url(),
});
export type EventRegistrationEmailProps = z.output<typeof eventRegistrationProps>;

const KEYS = {
  confirm: { subject: "email.event.confirmSubject", intro: "email.event.confirmIntro", button: "email.event.confirmButton" },
  again: { subject: "email.event.againSubject", intro: "email.event.againIntro", button: "email.event.viewButton" },
  registered: { subject: "email.event.registeredSubject", intro: "email.event.registeredIntro", button: "email.event.viewButton" },
  waiting: { subject: "email.event.waitingSubject", intro: "email.event.waitingIntro", button: "email.event.viewButton" },
  "moved-up": { subject: "email.event.movedUpSubject", intro: "email.event.movedUpIntro", button: "email.event.viewButton" },
  reminder: { subject: "email.event.reminderSubject", intro: "email.event.reminderIntro", button: "email.event.viewButton" },
  changed: { subject: "email.event.changedSubject", intro: "email.event.changedIntro", button: "email.event.viewButton" },
  cancelled: { subject: "email.event.cancelledSubject", intro: "email.event.cancelledIntro", button: "email.event.viewButton" },
} as const;

export function eventRegistrationSubject(t: Translate, props: EventRegistrationEmailProps) {
  return t(KEYS[props.variant].subject, { event: props.eventTitle });
}

/** Every email of a registration carries the event's date and place and the personal link. */
export default function EventRegistrationEmail({
  lang,
  t,
  variant,
  url,
  eventTitle,
  startsAt,
  endsAt,
  place,
  eventUrl,
  icsUrl,
}: EventRegistrationEmailProps & { lang: Lang; t: Translate }) {
  const keys = KEYS[variant];
  const when = t("email.event.when", { start: formatDateTime(lang, startsAt), end: formatDateTime(lang, endsAt) });
  return (
    <EmailLayout lang={lang} t={t} preview={t(keys.subject, { event: eventTitle })} reason={t("email.event.reason")}>
      <Text style={paragraph}>{t(keys.intro, { event: eventTitle })}</Text>
      {variant === "cancelled" ? null : (
        <>
          <Text style={paragraph}>{when}</Text>
          <Text style={paragraph}>{place ? t("email.event.place", { place }) : t("email.event.online")}</Text>
        </>
      )}
      <Button href={url} style={button}>
        {t(keys.button)}
      </Button>
      <FallbackLink label={t("email.signature.fallback")} url={url} />
      {variant === "registered" || variant === "moved-up" || variant === "reminder" || variant === "changed" ? (
        <Text style={paragraph}>
          {t("email.event.calendar")}{" "}
          <Link href={icsUrl} style={longLink}>
            {icsUrl}
          </Link>
        </Text>
      ) : null}
      <Text style={paragraph}>
        {t("email.event.page")}{" "}
        <Link href={eventUrl} style={longLink}>
          {eventUrl}
        </Link>
      </Text>
      <Text style={paragraph}>{t(variant === "confirm" ? "email.event.notYou" : "email.event.manage")}</Text>
    </EmailLayout>
  );
}
