import { Link } from "@react-email/link";
import { Text } from "@react-email/text";
import { z } from "zod";
import { formatDate } from "~/utils/dates";
import type { Lang, Translate } from "~/utils/i18n";
import { EmailLayout, FallbackLink, longLink, paragraph } from "../../../../emails/layout";

/** What the queued email row carries (checked when it is rendered). */
export const mandateFiledProps = z.object({
  campaignTitle: z.string(),
  actionTitle: z.string(),
  /** ISO instant of the filing (its day is printed). */
  filedOn: z.string(),
  filedWith: z.string(),
  reference: z.string(),
  actionUrl: z.url(),
  /** The mandator now receives the digest of legal actions: the way out of it (RFC 8058 too). */
  unsubscribeUrl: z.url().optional(),
  oneClickUrl: z.url().optional(),
});
export type MandateFiledProps = z.output<typeof mandateFiledProps>;

export function mandateFiledSubject(t: Translate, props: MandateFiledProps) {
  return t("email.mandateFiling.subject", { title: props.campaignTitle });
}

/** RFC 8058: one click in the mail client stops the digest this email announces. */
export function mandateFiledHeaders({ oneClickUrl }: MandateFiledProps) {
  return oneClickUrl ? { "List-Unsubscribe": `<${oneClickUrl}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" } : undefined;
}

/** The one email a mandator receives when the complaint they joined is filed. */
export default function MandateFiledEmail({
  lang,
  t,
  campaignTitle,
  actionTitle,
  filedOn,
  filedWith,
  reference,
  actionUrl,
  unsubscribeUrl,
}: MandateFiledProps & { lang: Lang; t: Translate }) {
  const date = formatDate(lang, filedOn);
  return (
    <EmailLayout lang={lang} t={t} preview={t("email.mandateFiling.preview", { authority: filedWith })} reason={t("email.mandateFiling.reason")}>
      <Text style={paragraph}>{t("email.mandateFiling.filed", { title: campaignTitle, authority: filedWith, date })}</Text>
      {reference ? <Text style={paragraph}>{t("email.mandateFiling.reference", { reference })}</Text> : null}
      <Text style={paragraph}>{t("email.mandateFiling.next")}</Text>
      <FallbackLink label={t("email.mandateFiling.follow", { title: actionTitle })} url={actionUrl} alsoInText />
      {unsubscribeUrl ? (
        <>
          <Text style={paragraph}>{t("email.mandateFiling.digest")}</Text>
          <Text style={paragraph}>
            {t("email.mandateFiling.unsubscribe")}{" "}
            <Link href={unsubscribeUrl} style={longLink}>
              {unsubscribeUrl}
            </Link>
          </Text>
        </>
      ) : (
        <Text style={paragraph}>{t("email.mandateFiling.noDigest")}</Text>
      )}
      <Text style={paragraph}>{t("email.mandateFiling.retention")}</Text>
    </EmailLayout>
  );
}
