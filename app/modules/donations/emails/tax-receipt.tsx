import { Button } from "@react-email/button";
import { Text } from "@react-email/text";
import type { Lang, Translate } from "~/utils/i18n";
import { button, EmailLayout, FallbackLink, paragraph } from "../../../../emails/layout";

export type TaxReceiptEmailProps = { url: string; year: number; number: string };

export function taxReceiptSubject(t: Translate, props: TaxReceiptEmailProps) {
  return t("email.taxReceipt.subject", { year: String(props.year) });
}

export default function TaxReceiptEmail({ lang, t, url, year, number }: TaxReceiptEmailProps & { lang: Lang; t: Translate }) {
  return (
    <EmailLayout lang={lang} t={t} preview={t("email.taxReceipt.subject", { year: String(year) })} reason={t("email.donation.reason")}>
      <Text style={paragraph}>{t("email.taxReceipt.intro", { year: String(year), number })}</Text>
      <Button href={url} style={button}>
        {t("email.taxReceipt.button")}
      </Button>
      <FallbackLink label={t("email.signature.fallback")} url={url} />
    </EmailLayout>
  );
}
