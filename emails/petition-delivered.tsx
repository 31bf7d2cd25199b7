import { Link, Text } from "@react-email/components";
import type { Lang, Translate } from "~/utils/i18n";
import { EmailLayout, paragraph, FallbackLink, longLink } from "./layout";
import { prose } from "~/utils/typography";

export type PetitionNewsProps = { url: string; petitionTitle: string; communeName: string; unsubscribeUrl?: string; oneClickUrl?: string };

/** RFC 8058: one click in the mail client stops this petition's news for this signer. */
export function petitionNewsHeaders({ oneClickUrl }: PetitionNewsProps) {
  return oneClickUrl ? { "List-Unsubscribe": `<${oneClickUrl}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" } : undefined;
}

/** The link under a petition's news: no more emails about this petition. */
export function PetitionNewsUnsubscribe({ t, unsubscribeUrl }: { t: Translate; unsubscribeUrl?: string }) {
  return unsubscribeUrl ? (
    <Text style={paragraph}>
      {t("email.petitionNews.unsubscribe")}{" "}
      <Link href={unsubscribeUrl} style={longLink}>
        {unsubscribeUrl}
      </Link>
    </Text>
  ) : null;
}

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
