import { Button, Text } from "@react-email/components";
import type { Lang, Translate } from "~/utils/i18n";
import { button, EmailLayout, FallbackLink, paragraph } from "./layout";
import { prose } from "~/utils/typography";

export type SignatureConfirmProps = { url: string; petitionTitle: string; communeName: string; again: boolean; alreadyConfirmed: boolean };

export function signatureConfirmSubject(t: Translate, props: SignatureConfirmProps) {
  if (props.alreadyConfirmed) return t("email.signature.alreadySubject", { commune: props.communeName });
  return t("email.signature.subject", { commune: props.communeName });
}

/** Confirmation link, or (when someone signs again) a reminder that they already signed. */
export default function SignatureConfirmEmail({
  lang,
  t,
  url,
  petitionTitle,
  communeName,
  again,
  alreadyConfirmed,
}: SignatureConfirmProps & { lang: Lang; t: Translate }) {
  return (
    <EmailLayout lang={lang} t={t} preview={t("email.signature.preview", { commune: communeName })} reason={t("email.signature.reason")}>
      <Text style={paragraph}>{t("email.signature.petition", { title: prose(petitionTitle) })}</Text>
      {alreadyConfirmed ? (
        <Text style={paragraph}>{t("email.signature.alreadyConfirmed")}</Text>
      ) : (
        <>
          <Text style={paragraph}>{t(again ? "email.signature.againUnconfirmed" : "email.signature.intro")}</Text>
          <Button href={url} style={button}>
            {t("email.signature.button")}
          </Button>
          <FallbackLink label={t("email.signature.fallback")} url={url} />
          <Text style={paragraph}>{t("email.signature.expiry")}</Text>
        </>
      )}
      <Text style={paragraph}>{t("email.signature.notYou")}</Text>
    </EmailLayout>
  );
}
