import { Link } from "@react-email/link";
import { Text } from "@react-email/text";
import type { Lang, Translate } from "~/utils/i18n";
import { EmailLayout, paragraph, longLink } from "../../../../emails/layout";
import { prose } from "~/utils/typography";

export type ReportModeratedProps = { outcome: "published" | "declined" | "merged"; title: string; communeName: string; url: string; reason: string | null };

export function reportModeratedSubject(t: Translate, props: ReportModeratedProps) {
  return t(props.outcome === "declined" ? "email.report.declinedSubject" : "email.report.publishedSubject", { commune: props.communeName });
}

/** The organizers' decision on a report: published (or added to an existing project), or declined with the reason. */
export default function ReportModeratedEmail({ lang, t, outcome, title, communeName, url, reason }: ReportModeratedProps & { lang: Lang; t: Translate }) {
  return (
    <EmailLayout lang={lang} t={t} preview={reportModeratedSubject(t, { outcome, title, communeName, url, reason })} reason={t("email.report.reason")}>
      {outcome === "declined" ? (
        <>
          <Text style={paragraph}>{t("email.report.declined", { title: prose(title) })}</Text>
          <Text style={paragraph}>{t("email.report.declinedReason", { reason: prose(reason ?? "") })}</Text>
        </>
      ) : (
        <>
          <Text style={paragraph}>
            {t(outcome === "merged" ? "email.report.merged" : "email.report.published", { title: prose(title), commune: communeName })}
          </Text>
          <Text style={paragraph}>
            <Link href={url} style={longLink}>
              {url}
            </Link>
          </Text>
        </>
      )}
      <Text style={paragraph}>{t("email.report.thanks")}</Text>
    </EmailLayout>
  );
}
