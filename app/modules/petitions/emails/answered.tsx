import { Text } from "@react-email/text";
import type { Lang, Translate } from "~/utils/i18n";
import { EmailLayout, paragraph, FallbackLink } from "../../../../emails/layout";
import { PetitionNewsUnsubscribe } from "../news-unsubscribe";
import type { PetitionNewsProps } from "./delivered";
import { prose } from "~/utils/typography";

export function petitionAnsweredSubject(t: Translate, props: PetitionNewsProps) {
  return t("email.petitionAnswered.subject", { commune: props.communeName });
}

/** Sent once to each confirmed signer when the mayor's response is published. */
export default function PetitionAnsweredEmail({ lang, t, url, petitionTitle, communeName, unsubscribeUrl }: PetitionNewsProps & { lang: Lang; t: Translate }) {
  return (
    <EmailLayout lang={lang} t={t} preview={t("email.petitionAnswered.preview", { commune: communeName })} reason={t("email.petitionNews.reason")}>
      <Text style={paragraph}>{t("email.signature.petition", { title: prose(petitionTitle) })}</Text>
      <Text style={paragraph}>{t("email.petitionAnswered.text", { commune: communeName })}</Text>
      <FallbackLink label={t("email.petitionAnswered.read")} url={url} alsoInText />
      <PetitionNewsUnsubscribe t={t} unsubscribeUrl={unsubscribeUrl} />
    </EmailLayout>
  );
}
