import { Text } from "@react-email/components";
import type { Lang, Translate } from "~/utils/i18n";
import { EmailLayout, paragraph, FallbackLink } from "./layout";

export type PetitionNewsProps = { url: string; petitionTitle: string; communeName: string };

export function petitionDeliveredSubject(t: Translate, props: PetitionNewsProps) {
  return t("email.petitionDelivered.subject", { commune: props.communeName });
}

/** Sent once to each confirmed signer when organizers hand the petition to the mayor. */
export default function PetitionDeliveredEmail({ lang, t, url, petitionTitle, communeName }: PetitionNewsProps & { lang: Lang; t: Translate }) {
  return (
    <EmailLayout lang={lang} t={t} preview={t("email.petitionDelivered.preview", { commune: communeName })} reason={t("email.petitionNews.reason")}>
      <Text style={paragraph}>{t("email.signature.petition", { title: petitionTitle })}</Text>
      <Text style={paragraph}>{t("email.petitionDelivered.text", { commune: communeName })}</Text>
      <FallbackLink label={t("email.petitionNews.follow")} url={url} alsoInText />
    </EmailLayout>
  );
}
