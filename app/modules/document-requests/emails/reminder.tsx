import { Button } from "@react-email/button";
import { Link } from "@react-email/link";
import { Text } from "@react-email/text";
import { z } from "zod";
import type { Lang, Translate } from "~/utils/i18n";
import { button, EmailLayout, FallbackLink, paragraph, longLink } from "../../../../emails/layout";

/** What the queued email row carries (checked when it is rendered). */
export const documentRequestReminderProps = z.object({
  reminder: z.enum(["IMPLICIT_REFUSAL", "OPINION_DUE", "COURT_DEADLINE"]),
  communeName: z.string(),
  url: z.url(),
  /** The deadline the reminder is about, already written out ("28 avril 2026"). */
  deadline: z.string(),
  referral: z.object({ subject: z.string(), body: z.string(), pdfUrl: z.url() }).nullable(),
});
export type DocumentRequestReminderProps = z.output<typeof documentRequestReminderProps>;

export function documentRequestReminderSubject(t: Translate, props: DocumentRequestReminderProps) {
  return t(`email.request.${props.reminder}.subject`, { commune: props.communeName });
}

/** One reminder of the legal clock: what happened, what to do before when, and how to stop them. */
export default function DocumentRequestReminderEmail({
  lang,
  t,
  reminder,
  communeName,
  url,
  deadline,
  referral,
}: DocumentRequestReminderProps & { lang: Lang; t: Translate }) {
  return (
    <EmailLayout lang={lang} t={t} preview={t(`email.request.${reminder}.subject`, { commune: communeName })} reason={t("email.request.reason")}>
      <Text style={paragraph}>{t(`email.request.${reminder}.text`, { commune: communeName, deadline })}</Text>
      {referral ? (
        <>
          <Text style={paragraph}>{t("email.request.referralIntro")}</Text>
          <Text style={{ ...paragraph, fontWeight: 600 }}>{referral.subject}</Text>
          <Text style={{ ...paragraph, whiteSpace: "pre-wrap", fontFamily: "ui-monospace, monospace", fontSize: "14px" }}>{referral.body}</Text>
          <Text style={paragraph}>
            {t("email.request.referralPdf")}{" "}
            <Link href={referral.pdfUrl} style={longLink}>
              {referral.pdfUrl}
            </Link>
          </Text>
        </>
      ) : null}
      <Button href={url} style={button}>
        {t("email.request.open")}
      </Button>
      <FallbackLink label={t("email.signature.fallback")} url={url} />
      <Text style={paragraph}>
        {t("email.request.stop")}{" "}
        <Link href={`${url}#rappels`} style={longLink}>
          {`${url}#rappels`}
        </Link>
      </Text>
    </EmailLayout>
  );
}
