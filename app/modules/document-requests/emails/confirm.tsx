import { Button } from "@react-email/button";
import { Text } from "@react-email/text";
import { z } from "zod";
import type { Lang, Translate } from "~/utils/i18n";
import { button, EmailLayout, FallbackLink, paragraph } from "../../../../emails/layout";

/** What the queued email row carries (checked when it is rendered). */
export const documentRequestConfirmProps = z.object({ url: z.url(), communeName: z.string() });
export type DocumentRequestConfirmProps = z.output<typeof documentRequestConfirmProps>;

export function documentRequestConfirmSubject(t: Translate, props: DocumentRequestConfirmProps) {
  return t("email.request.confirmSubject", { commune: props.communeName });
}

/** The personal link of a document request: the letter, and the page that keeps its clock. */
export default function DocumentRequestConfirmEmail({ lang, t, url, communeName }: DocumentRequestConfirmProps & { lang: Lang; t: Translate }) {
  return (
    <EmailLayout lang={lang} t={t} preview={t("email.request.confirmPreview", { commune: communeName })} reason={t("email.request.reason")}>
      <Text style={paragraph}>{t("email.request.confirmIntro", { commune: communeName })}</Text>
      <Button href={url} style={button}>
        {t("email.request.confirmButton")}
      </Button>
      <FallbackLink label={t("email.signature.fallback")} url={url} />
      <Text style={paragraph}>{t("email.request.keepLink")}</Text>
    </EmailLayout>
  );
}
