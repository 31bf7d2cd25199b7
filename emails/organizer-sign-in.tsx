import { Button } from "@react-email/button";
import { Text } from "@react-email/text";
import type { Lang, Translate } from "~/utils/i18n";
import { button, EmailLayout, FallbackLink, paragraph } from "./layout";

export type OrganizerSignInProps = { url: string; minutes: number };

export function organizerSignInSubject(t: Translate) {
  return t("email.signIn.subject");
}

export default function OrganizerSignInEmail({ lang, t, url, minutes }: OrganizerSignInProps & { lang: Lang; t: Translate }) {
  return (
    <EmailLayout lang={lang} t={t} preview={t("email.signIn.preview")} reason={t("email.signIn.reason")}>
      <Text style={paragraph}>{t("email.signIn.intro", { minutes })}</Text>
      <Button href={url} style={button}>
        {t("email.signIn.button")}
      </Button>
      <FallbackLink label={t("email.signIn.fallback")} url={url} />
      <Text style={paragraph}>{t("email.signIn.ignore")}</Text>
    </EmailLayout>
  );
}
