import { Button } from "@react-email/button";
import { Text } from "@react-email/text";
import type { Lang, Translate } from "~/utils/i18n";
import { button, EmailLayout, FallbackLink, paragraph } from "../../../../emails/layout";

export type MandateLinkEmailProps = { variant: "confirm" | "again" | "again-confirmed"; url: string; campaignTitle: string };

const KEYS = {
  confirm: { subject: "email.mandate.confirmSubject", intro: "email.mandate.confirmIntro", button: "email.mandate.confirmButton" },
  again: { subject: "email.mandate.againSubject", intro: "email.mandate.againIntro", button: "email.mandate.confirmButton" },
  "again-confirmed": { subject: "email.mandate.againSubject", intro: "email.mandate.againConfirmedIntro", button: "email.mandate.viewButton" },
} as const;

export function mandateLinkSubject(t: Translate, props: MandateLinkEmailProps) {
  return t(KEYS[props.variant].subject);
}

/** Every mandate email carries the personal link: confirm, read the text again, revoke. */
export default function MandateLinkEmail({ lang, t, variant, url, campaignTitle }: MandateLinkEmailProps & { lang: Lang; t: Translate }) {
  const keys = KEYS[variant];
  return (
    <EmailLayout lang={lang} t={t} preview={t(keys.subject)} reason={t("email.mandate.reason")}>
      <Text style={paragraph}>{t(keys.intro, { campaign: campaignTitle })}</Text>
      <Button href={url} style={button}>
        {t(keys.button)}
      </Button>
      <FallbackLink label={t("email.signature.fallback")} url={url} />
      <Text style={paragraph}>{t("email.mandate.manage")}</Text>
      <Text style={paragraph}>{t("email.mandate.notYou")}</Text>
    </EmailLayout>
  );
}
