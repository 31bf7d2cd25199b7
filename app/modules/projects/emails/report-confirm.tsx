import { Button } from "@react-email/button";
import { Text } from "@react-email/text";
import type { Lang, Translate } from "~/utils/i18n";
import { button, EmailLayout, FallbackLink, paragraph } from "../../../../emails/layout";
import { prose } from "~/utils/typography";

export type ReportConfirmProps = { url: string; title: string; communeName: string };

export function reportConfirmSubject(t: Translate, props: ReportConfirmProps) {
  return t("email.report.confirmSubject", { commune: props.communeName });
}

/** The link that sends a report to the moderation queue. */
export default function ReportConfirmEmail({ lang, t, url, title, communeName }: ReportConfirmProps & { lang: Lang; t: Translate }) {
  return (
    <EmailLayout lang={lang} t={t} preview={t("email.report.confirmPreview", { commune: communeName })} reason={t("email.report.reason")}>
      <Text style={paragraph}>{t("email.report.confirmIntro", { title: prose(title), commune: communeName })}</Text>
      <Button href={url} style={button}>
        {t("email.report.confirmButton")}
      </Button>
      <FallbackLink label={t("email.signature.fallback")} url={url} />
      <Text style={paragraph}>{t("email.report.confirmExpiry")}</Text>
    </EmailLayout>
  );
}
