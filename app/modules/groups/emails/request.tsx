import { Button } from "@react-email/button";
import { Text } from "@react-email/text";
import { z } from "zod";
import type { Lang, Translate } from "~/utils/i18n";
import { button, EmailLayout, FallbackLink, paragraph } from "../../../../emails/layout";

export const requestConfirmProps = z.object({ communeName: z.string(), url: z.url() });
export type RequestConfirmProps = z.output<typeof requestConfirmProps>;

export const requestConfirmSubject = (t: Translate, props: RequestConfirmProps) => t("email.groups.requestConfirmSubject", { commune: props.communeName });

/** "Start a group here": the link that confirms the request. */
export function RequestConfirmEmail({ lang, t, communeName, url }: RequestConfirmProps & { lang: Lang; t: Translate }) {
  return (
    <EmailLayout lang={lang} t={t} preview={requestConfirmSubject(t, { communeName, url })} reason={t("email.groups.requestReason")}>
      <Text style={paragraph}>{t("email.groups.requestConfirmIntro", { commune: communeName })}</Text>
      <Button href={url} style={button}>
        {t("email.groups.requestConfirmButton")}
      </Button>
      <FallbackLink label={t("email.signature.fallback")} url={url} />
      <Text style={paragraph}>{t("email.groups.requestConfirmExpiry")}</Text>
    </EmailLayout>
  );
}

export const requestOutcomeProps = z.object({ communeName: z.string(), approved: z.boolean(), url: z.url() });
export type RequestOutcomeProps = z.output<typeof requestOutcomeProps>;

export const requestOutcomeSubject = (t: Translate, props: RequestOutcomeProps) =>
  t(props.approved ? "email.groups.requestApprovedSubject" : "email.groups.requestDeclinedSubject", { commune: props.communeName });

/** The organizers' decision on a request to start a group. */
export function RequestOutcomeEmail({ lang, t, communeName, approved, url }: RequestOutcomeProps & { lang: Lang; t: Translate }) {
  return (
    <EmailLayout lang={lang} t={t} preview={requestOutcomeSubject(t, { communeName, approved, url })} reason={t("email.groups.requestReason")}>
      <Text style={paragraph}>{t(approved ? "email.groups.requestApproved" : "email.groups.requestDeclined", { commune: communeName })}</Text>
      <FallbackLink label={t("email.groups.requestCommune", { commune: communeName })} url={url} alsoInText />
    </EmailLayout>
  );
}
