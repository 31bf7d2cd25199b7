import { Button } from "@react-email/button";
import { Text } from "@react-email/text";
import { z } from "zod";
import type { Lang, Translate } from "~/utils/i18n";
import { button, EmailLayout, FallbackLink, paragraph } from "../../../../emails/layout";
import { prose } from "~/utils/typography";

/** What the queued email row carries (checked when it is rendered). */
export const signatureConfirmProps = z.object({
  url: z.url(),
  petitionTitle: z.string(),
  communeName: z.string(),
  again: z.boolean(),
  alreadyConfirmed: z.boolean(),
});
export type SignatureConfirmProps = z.output<typeof signatureConfirmProps>;

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
