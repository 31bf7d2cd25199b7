import { Button } from "@react-email/button";
import { Text } from "@react-email/text";
import type { Lang, Translate } from "~/utils/i18n";
import { button, EmailLayout, FallbackLink, paragraph } from "../../../../emails/layout";

export type VolunteerEmailProps = { variant: "confirm" | "already" | "stay"; url: string; communeName: string; stayDays: number };

export function volunteerSubject(t: Translate, props: VolunteerEmailProps) {
  return t(`email.volunteer.${props.variant}Subject`);
}

/** Every volunteer email carries their personal link: confirm, update, withdraw. */
export default function VolunteerEmail({ lang, t, variant, url, communeName, stayDays }: VolunteerEmailProps & { lang: Lang; t: Translate }) {
  return (
    <EmailLayout lang={lang} t={t} preview={t(`email.volunteer.${variant}Subject`)} reason={t("email.volunteer.reason")}>
      <Text style={paragraph}>{t(`email.volunteer.${variant}Intro`, { commune: communeName, days: stayDays })}</Text>
      <Button href={url} style={button}>
        {t(`email.volunteer.${variant}Button`)}
      </Button>
      <FallbackLink label={t("email.signature.fallback")} url={url} />
      <Text style={paragraph}>{t("email.volunteer.manage")}</Text>
    </EmailLayout>
  );
}
