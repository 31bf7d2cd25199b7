import { Button } from "@react-email/button";
import { Text } from "@react-email/text";
import type { Lang, Translate } from "~/utils/i18n";
import { button, EmailLayout, FallbackLink, paragraph } from "../../../../emails/layout";

export type DonationPortalProps = { url: string; days: number };

export function donationPortalSubject(t: Translate) {
  return t("email.donationPortal.subject");
}

export default function DonationPortalEmail({ lang, t, url, days }: DonationPortalProps & { lang: Lang; t: Translate }) {
  return (
    <EmailLayout lang={lang} t={t} preview={t("email.donationPortal.subject")} reason={t("email.donationPortal.reason")}>
      <Text style={paragraph}>{t("email.donationPortal.intro")}</Text>
      <Button href={url} style={button}>
        {t("email.donation.portalButton")}
      </Button>
      <FallbackLink label={t("email.signature.fallback")} url={url} />
      <Text style={paragraph}>{t("email.donationPortal.expiry", { days })}</Text>
    </EmailLayout>
  );
}
