import { Button } from "@react-email/button";
import { Text } from "@react-email/text";
import type { Lang, Translate } from "~/utils/i18n";
import { button, EmailLayout, FallbackLink, paragraph } from "../../../../emails/layout";

export type DataAccessProps = { url: string; minutes: number };

export function dataAccessSubject(t: Translate) {
  return t("email.myData.subject");
}

/** The "my data" link (issue 13): see, export and delete what the site holds for this address. */
export default function DataAccessEmail({ lang, t, url, minutes }: DataAccessProps & { lang: Lang; t: Translate }) {
  return (
    <EmailLayout lang={lang} t={t} preview={t("email.myData.preview")} reason={t("email.myData.reason")}>
      <Text style={paragraph}>{t("email.myData.intro", { minutes })}</Text>
      <Button href={url} style={button}>
        {t("email.myData.button")}
      </Button>
      <FallbackLink label={t("email.signIn.fallback")} url={url} />
      <Text style={paragraph}>{t("email.myData.ignore")}</Text>
    </EmailLayout>
  );
}
