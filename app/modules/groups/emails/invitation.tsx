import { Button } from "@react-email/button";
import { Text } from "@react-email/text";
import { z } from "zod";
import type { Lang, Translate } from "~/utils/i18n";
import { button, EmailLayout, FallbackLink, paragraph } from "../../../../emails/layout";

export const invitationProps = z.object({ groupName: z.string(), communeName: z.string(), url: z.url() });
export type InvitationProps = z.output<typeof invitationProps>;

export const invitationSubject = (t: Translate, props: InvitationProps) => t("email.groups.invitationSubject", { group: props.groupName });

/** A volunteer of the territory is invited to join its group, once: one click and they are members. */
export default function InvitationEmail({ lang, t, groupName, communeName, url }: InvitationProps & { lang: Lang; t: Translate }) {
  return (
    <EmailLayout lang={lang} t={t} preview={t("email.groups.invitationSubject", { group: groupName })} reason={t("email.groups.invitationReason")}>
      <Text style={paragraph}>{t("email.groups.invitationIntro", { group: groupName, commune: communeName })}</Text>
      <Button href={url} style={button}>
        {t("email.groups.invitationButton")}
      </Button>
      <FallbackLink label={t("email.signature.fallback")} url={url} />
      <Text style={paragraph}>{t("email.groups.invitationOnce")}</Text>
    </EmailLayout>
  );
}
