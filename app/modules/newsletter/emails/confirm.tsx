import { Button } from "@react-email/button";
import { Text } from "@react-email/text";
import type { Lang, Translate } from "~/utils/i18n";
import { button, EmailLayout, FallbackLink, paragraph } from "../../../../emails/layout";

export type NewsletterConfirmProps = { url: string };

export function newsletterConfirmSubject(t: Translate) {
  return t("newsletter.email.confirmSubject");
}

/** Double opt-in: the link opens a page with a button. */
export default function NewsletterConfirmEmail({ lang, t, url }: NewsletterConfirmProps & { lang: Lang; t: Translate }) {
  return (
    <EmailLayout lang={lang} t={t} preview={t("newsletter.email.confirmPreview")} reason={t("newsletter.email.confirmReason")}>
      <Text style={paragraph}>{t("newsletter.email.confirmIntro")}</Text>
      <Button href={url} style={button}>
        {t("newsletter.email.confirmButton")}
      </Button>
      <FallbackLink label={t("newsletter.email.fallback")} url={url} />
      <Text style={paragraph}>{t("newsletter.email.confirmIgnore")}</Text>
    </EmailLayout>
  );
}
