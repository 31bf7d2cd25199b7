import { Button } from "@react-email/button";
import { Link } from "@react-email/link";
import { Text } from "@react-email/text";
import type { Lang, Translate } from "~/utils/i18n";
import { button, EmailLayout, paragraph } from "../../../../emails/layout";

export type PetitionRequestConfirmProps = { url: string; communeName: string };

export function petitionRequestConfirmSubject(t: Translate, props: PetitionRequestConfirmProps) {
  return t("email.petitionRequest.confirmSubject", { commune: props.communeName });
}

/** Issue 17: the link that makes a request for a petition count. */
export default function PetitionRequestConfirmEmail({ lang, t, url, communeName }: PetitionRequestConfirmProps & { lang: Lang; t: Translate }) {
  return (
    <EmailLayout lang={lang} t={t} preview={t("email.petitionRequest.confirmPreview", { commune: communeName })} reason={t("email.petitionRequest.reason")}>
      <Text style={paragraph}>{t("email.petitionRequest.confirmIntro", { commune: communeName })}</Text>
      <Button href={url} style={button}>
        {t("email.petitionRequest.confirmButton")}
      </Button>
      <Text style={paragraph}>
        {t("email.signature.fallback")} <Link href={url}>{url}</Link>
      </Text>
      <Text style={paragraph}>{t("email.petitionRequest.confirmExpiry")}</Text>
    </EmailLayout>
  );
}
