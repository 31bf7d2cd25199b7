import { Button } from "@react-email/button";
import { Text } from "@react-email/text";
import { formatEuros } from "~/utils/money";
import type { Lang, Translate } from "~/utils/i18n";
import { button, EmailLayout, FallbackLink, paragraph, SiteLink } from "../../../../emails/layout";

export type DonationThanksProps = { amount: number; monthly: boolean; portalUrl: string | null; receipt: boolean };

export function donationThanksSubject(t: Translate) {
  return t("email.donation.subject");
}

/** One per paid donation (each monthly payment too). Monthly donors get their way to change or stop. */
export default function DonationThanksEmail({ lang, t, amount, monthly, portalUrl, receipt }: DonationThanksProps & { lang: Lang; t: Translate }) {
  const sum = formatEuros(amount, lang);
  return (
    <EmailLayout lang={lang} t={t} preview={t("email.donation.preview", { amount: sum })} reason={t("email.donation.reason")}>
      <Text style={paragraph}>{t(monthly ? "email.donation.monthly" : "email.donation.oneOff", { amount: sum })}</Text>
      <Text style={paragraph}>{t("email.donation.use")}</Text>
      {receipt ? <Text style={paragraph}>{t("email.donation.receipt")}</Text> : null}
      {portalUrl ? (
        <>
          <Text style={paragraph}>{t("email.donation.portal")}</Text>
          <Button href={portalUrl} style={button}>
            {t("email.donation.portalButton")}
          </Button>
          <FallbackLink label={t("email.signature.fallback")} url={portalUrl} />
        </>
      ) : null}
      <SiteLink label={t("email.donation.site")} />
    </EmailLayout>
  );
}
