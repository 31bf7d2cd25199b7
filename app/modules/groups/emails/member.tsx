import { Button } from "@react-email/button";
import { Text } from "@react-email/text";
import { z } from "zod";
import type { Lang, Translate } from "~/utils/i18n";
import { button, EmailLayout, FallbackLink, paragraph } from "../../../../emails/layout";

export const memberConfirmProps = z.object({ groupName: z.string(), url: z.url(), confirmed: z.boolean().default(false) });
export type MemberConfirmProps = z.output<typeof memberConfirmProps>;

export const memberConfirmSubject = (t: Translate, props: MemberConfirmProps) =>
  t(props.confirmed ? "email.groups.memberLinkSubject" : "email.groups.memberConfirmSubject", { group: props.groupName });

/** Joining a group: the link that confirms the address (or, for a member, their personal link again). */
export default function MemberConfirmEmail({ lang, t, groupName, url, confirmed }: MemberConfirmProps & { lang: Lang; t: Translate }) {
  return (
    <EmailLayout lang={lang} t={t} preview={memberConfirmSubject(t, { groupName, url, confirmed })} reason={t("email.groups.memberReason")}>
      <Text style={paragraph}>{t(confirmed ? "email.groups.memberLinkIntro" : "email.groups.memberConfirmIntro", { group: groupName })}</Text>
      <Button href={url} style={button}>
        {t(confirmed ? "email.groups.memberLinkButton" : "email.groups.memberConfirmButton")}
      </Button>
      <FallbackLink label={t("email.signature.fallback")} url={url} />
      <Text style={paragraph}>{t("email.groups.memberConfirmExpiry")}</Text>
    </EmailLayout>
  );
}
