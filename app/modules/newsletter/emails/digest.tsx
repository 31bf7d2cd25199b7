import { Heading } from "@react-email/heading";
import { Hr } from "@react-email/hr";
import { Link } from "@react-email/link";
import { Section } from "@react-email/section";
import { Text } from "@react-email/text";
import type { LegalActionState } from "~/modules/legal-actions/choices";
import type { Lang, Translate } from "~/utils/i18n";
import { EmailLayout, paragraph, longLink } from "../../../../emails/layout";
import { formatDate } from "~/utils/dates";
import { prose } from "~/utils/typography";

export type DigestEmailProps = {
  date: string;
  webUrl: string;
  unsubscribeUrl: string;
  actions: { title: string; status: LegalActionState; court: string; summary: string; filedOn: string; communes: string[]; url: string }[];
  updates: { actionTitle: string; happenedOn: string; text: string; url: string }[];
};

export function digestSubject(t: Translate, props: DigestEmailProps, lang: Lang) {
  return t("newsletter.digest.subject", { date: formatDate(lang, props.date) });
}

const heading = { fontSize: "18px", margin: "24px 0 8px" } as const;
const small = { fontSize: "14px", color: "#55555f", margin: "0 0 8px" } as const;
/** The campaign's red: enough contrast on the layout's background (the default blue is not). */
const link = { color: "#a3161a", textDecoration: "underline" } as const;

/** The digest: new legal actions, then developments of earlier ones; web version and unsubscribe links. */
export default function DigestEmail({ lang, t, date, webUrl, unsubscribeUrl, actions, updates }: DigestEmailProps & { lang: Lang; t: Translate }) {
  return (
    <EmailLayout lang={lang} t={t} preview={t("newsletter.digest.preview", { date: formatDate(lang, date) })} reason={t("newsletter.digest.reason")}>
      <Text style={small}>
        <Link href={webUrl} style={link}>
          {t("newsletter.digest.webVersion")}
        </Link>
      </Text>
      {actions.length > 0 ? (
        <Section>
          <Heading as="h2" style={heading}>
            {t("newsletter.digest.newActions")}
          </Heading>
          {actions.map((action) => (
            <Section key={action.url}>
              <Text style={{ ...paragraph, fontWeight: 700, margin: "16px 0 4px" }}>
                <Link href={action.url} style={link}>
                  {prose(action.title)}
                </Link>
              </Text>
              <Text style={small}>
                {[
                  t(`legalActions.status.${action.status}`),
                  prose(action.court),
                  t("legalActions.filedOn", { date: formatDate(lang, action.filedOn) }),
                  action.communes.length ? action.communes.join(", ") : t("legalActions.national"),
                ].join(" · ")}
              </Text>
              <Text style={paragraph}>{prose(action.summary)}</Text>
            </Section>
          ))}
        </Section>
      ) : null}
      {updates.length > 0 ? (
        <Section>
          <Heading as="h2" style={heading}>
            {t("newsletter.digest.updates")}
          </Heading>
          {updates.map((update, index) => (
            <Section key={`${update.url}-${index}`}>
              <Text style={{ ...paragraph, fontWeight: 700, margin: "16px 0 4px" }}>
                <Link href={update.url} style={link}>
                  {prose(update.actionTitle)}
                </Link>
              </Text>
              <Text style={paragraph}>{t("newsletter.digest.updateLine", { date: formatDate(lang, update.happenedOn), text: prose(update.text) })}</Text>
            </Section>
          ))}
        </Section>
      ) : null}
      <Hr style={{ borderColor: "#d9d6cf", margin: "24px 0 8px" }} />
      <Text style={small}>
        {t("newsletter.digest.unsubscribeText")}{" "}
        <Link href={unsubscribeUrl} style={longLink}>
          {unsubscribeUrl}
        </Link>
      </Text>
    </EmailLayout>
  );
}
