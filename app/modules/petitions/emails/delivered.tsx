import { Text } from "@react-email/text";
import { z } from "zod";
import type { Lang, Translate } from "~/utils/i18n";
import { EmailLayout, paragraph, FallbackLink } from "../../../../emails/layout";
import { PetitionNewsUnsubscribe } from "../news-unsubscribe";
import { prose } from "~/utils/typography";

/**
 * What the queued email row carries (checked when it is rendered), for the petition's news: this
 * email and the mayor's answer (./answered.tsx). The unsubscribe links are optional for emails
 * queued before they existed (issue 28).
 */
export const petitionNewsProps = z.object({
  url: z.url(),
  petitionTitle: z.string(),
  communeName: z.string(),
  unsubscribeUrl: z.url().optional(),
  oneClickUrl: z.url().optional(),
});
export type PetitionNewsProps = z.output<typeof petitionNewsProps>;

export function petitionDeliveredSubject(t: Translate, props: PetitionNewsProps) {
  return t("email.petitionDelivered.subject", { commune: props.communeName });
}

/** Sent once to each confirmed signer when organizers hand the petition to the mayor. */
export default function PetitionDeliveredEmail({ lang, t, url, petitionTitle, communeName, unsubscribeUrl }: PetitionNewsProps & { lang: Lang; t: Translate }) {
  return (
    <EmailLayout lang={lang} t={t} preview={t("email.petitionDelivered.preview", { commune: communeName })} reason={t("email.petitionNews.reason")}>
      <Text style={paragraph}>{t("email.signature.petition", { title: prose(petitionTitle) })}</Text>
      <Text style={paragraph}>{t("email.petitionDelivered.text", { commune: communeName })}</Text>
      <FallbackLink label={t("email.petitionNews.follow")} url={url} alsoInText />
      <PetitionNewsUnsubscribe t={t} unsubscribeUrl={unsubscribeUrl} />
    </EmailLayout>
  );
}
