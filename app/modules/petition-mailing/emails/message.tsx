import { Fragment } from "react";
import { Text } from "@react-email/text";
import { z } from "zod";
import type { Lang, Translate } from "~/utils/i18n";
import { EmailLayout, FallbackLink, paragraph } from "../../../../emails/layout";
import { PetitionNewsUnsubscribe, petitionNewsHeaders } from "~/modules/petitions/news-unsubscribe";
import { paragraphs } from "../paragraphs";

/** What the queued email row carries (checked when it is rendered). */
export const petitionMailingProps = z.object({
  petitionTitle: z.string(),
  communeName: z.string(),
  url: z.url(),
  subject: z.string(),
  body: z.string(),
  /** The copy sent to the organizer who writes it: said so, and without an unsubscribe link. */
  preview: z.boolean().default(false),
  unsubscribeUrl: z.url().optional(),
  oneClickUrl: z.url().optional(),
});
export type PetitionMailingProps = z.output<typeof petitionMailingProps>;

export function petitionMailingSubject(t: Translate, props: PetitionMailingProps) {
  return props.preview ? t("email.petitionMailing.previewSubject", { subject: props.subject }) : props.subject;
}

/** RFC 8058: one click in the mail client stops this petition's messages and news for this signer. */
export const petitionMailingHeaders = (props: PetitionMailingProps) => petitionNewsHeaders(props);

/** An organizer's message to a petition's consenting signers, with the way out under it. */
export default function PetitionMailingEmail({
  lang,
  t,
  petitionTitle,
  url,
  subject,
  body,
  preview,
  unsubscribeUrl,
}: PetitionMailingProps & { lang: Lang; t: Translate }) {
  return (
    <EmailLayout lang={lang} t={t} preview={subject} reason={t("email.petitionMailing.reason")}>
      {preview ? <Text style={{ ...paragraph, fontWeight: 700 }}>{t("email.petitionMailing.previewNote")}</Text> : null}
      <Text style={paragraph}>{t("email.signature.petition", { title: petitionTitle })}</Text>
      {paragraphs(body).map((lines, index) => (
        <Text key={index} style={paragraph}>
          {lines.map((line, at) => (
            <Fragment key={at}>
              {at > 0 ? <br /> : null}
              {line}
            </Fragment>
          ))}
        </Text>
      ))}
      <FallbackLink label={t("email.petitionNews.follow")} url={url} alsoInText />
      <PetitionNewsUnsubscribe t={t} unsubscribeUrl={unsubscribeUrl} />
    </EmailLayout>
  );
}
